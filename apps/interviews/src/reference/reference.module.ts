import { Module } from '@nestjs/common';
import { CategoryResolver } from './category.resolver';
import { WasteCodeResolver } from './waste-code.resolver';

/** The taxonomy's reference lists (categories, European List of Waste), read-only over GraphQL. */
@Module({
  providers: [CategoryResolver, WasteCodeResolver],
})
export class ReferenceModule {}
