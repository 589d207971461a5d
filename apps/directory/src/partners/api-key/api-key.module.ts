import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { TokenExchangeController } from './token-exchange.controller';

/** Partner systems' API keys and their exchange for tokens. */
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey])],
  providers: [ApiKeyService, ApiKeyResolver],
  controllers: [TokenExchangeController],
})
export class ApiKeyModule {}
