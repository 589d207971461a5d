import { Module } from '@nestjs/common';
import { CategoryResolver } from './category.resolver';
import { EnumLabelResolver } from './enum-label.resolver';
import { WasteCodeResolver } from './waste-code.resolver';

/**
 * The taxonomy's reference lists (categories, European List of Waste) and the labels of the API's
 * enums, read-only over GraphQL.
 */
@Module({
  providers: [CategoryResolver, EnumLabelResolver, WasteCodeResolver],
})
export class ReferenceModule {}
