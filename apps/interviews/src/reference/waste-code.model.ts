import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';
import { WasteCodeModel } from '@symbiose/taxonomy-graphql';

@ObjectType('WasteCodeConnection')
export class WasteCodeConnection extends ConnectionType(WasteCodeModel, 'WasteCode') {}
