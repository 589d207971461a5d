import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  BadUserInputError,
  Connection,
  NotFoundError,
  PageArgs,
  paginate,
} from '@symbiose/platform';
import { AuthenticationError, Principal } from '@symbiose/tokens';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyInput } from './dto/create-api-key.input';

const KEY_PREFIX = 'symb_';
const MAX_LIFETIME_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Partner systems' API keys: made, listed and revoked by admins, exchanged for tokens. */
@Injectable()
export class ApiKeyService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async create(
    input: CreateApiKeyInput,
    createdBy: string,
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const now = Date.now();
    if (input.expiresAt.getTime() <= now) {
      throw new BadUserInputError('input.expiresAt', 'must be in the future');
    }
    if (input.expiresAt.getTime() > now + MAX_LIFETIME_DAYS * DAY_MS) {
      throw new BadUserInputError(
        'input.expiresAt',
        `must be at most ${MAX_LIFETIME_DAYS} days ahead`,
      );
    }
    const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const apiKey = await this.keys.save(
      this.keys.create({
        partnerId: input.partnerId,
        name: input.name,
        keyHash: hashOf(secret),
        keyPrefix: secret.slice(0, KEY_PREFIX.length + 6),
        createdBy,
        expiresAt: input.expiresAt,
      }),
    );
    return { apiKey, secret };
  }

  /** Revoking a revoked key changes nothing. */
  async revoke(id: string): Promise<ApiKey> {
    const apiKey = await this.keys.findOneBy({ id });
    if (!apiKey) throw new NotFoundError('id', id);
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await this.keys.save(apiKey);
    }
    return apiKey;
  }

  /** Newest first. */
  list(partnerId: string | undefined, page: PageArgs): Promise<Connection<ApiKey>> {
    const query = this.keys.createQueryBuilder('key');
    if (partnerId) query.where('key.partnerId = :partnerId', { partnerId });
    return paginate(query.orderBy('key.createdAt', 'DESC').addOrderBy('key.id', 'ASC'), page);
  }

  /** The partner principal a key speaks for, or why it does not. */
  async principalOf(secret: string): Promise<Principal> {
    const apiKey = await this.keys.findOneBy({ keyHash: hashOf(secret) });
    if (!apiKey) throw new AuthenticationError('unknown API key');
    if (apiKey.revokedAt) throw new AuthenticationError('API key revoked');
    if (apiKey.expiresAt.getTime() <= Date.now()) throw new AuthenticationError('API key expired');
    await this.keys.update({ id: apiKey.id }, { lastUsedAt: new Date() });
    return {
      subject: `partner:${apiKey.partnerId}:key:${apiKey.id}`,
      roles: ['PARTNER'],
      partnerId: apiKey.partnerId,
      territoryIds: [],
    };
  }
}
