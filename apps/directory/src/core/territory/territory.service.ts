import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  asUniqueViolation,
  BadUserInputError,
  Connection,
  NotFoundError,
  PageArgs,
  paginate,
} from '@symbiose/platform';
import { CreateTerritoryInput } from './dto/create-territory.input';
import { Territory } from './territory.entity';

const NAME_TAKEN = { field: 'name', reason: 'a territory of that name exists already' };

@Injectable()
export class TerritoryService {
  constructor(@InjectRepository(Territory) private readonly territories: Repository<Territory>) {}

  async create(input: CreateTerritoryInput): Promise<Territory> {
    if (await this.territories.existsBy({ name: input.name })) {
      throw new BadUserInputError(NAME_TAKEN.field, NAME_TAKEN.reason);
    }
    try {
      return await this.territories.save(this.territories.create({ name: input.name }));
    } catch (error) {
      throw asUniqueViolation(error, { uq_territory_name: NAME_TAKEN });
    }
  }

  list(page: PageArgs): Promise<Connection<Territory>> {
    const query = this.territories
      .createQueryBuilder('territory')
      .orderBy('territory.name', 'ASC')
      .addOrderBy('territory.id', 'ASC');
    return paginate(query, page);
  }

  findById(id: string): Promise<Territory | null> {
    return this.territories.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Territory[]> {
    return this.territories.findBy({ id: In([...ids]) });
  }

  /** The territory of that id, or a BAD_USER_INPUT naming the field that referred to it. */
  async requireExisting(id: string, field: string): Promise<Territory> {
    const territory = await this.findById(id);
    if (!territory) throw new NotFoundError(field, id);
    return territory;
  }
}
