import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { alignToKeys, Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import {
  CategoryModel,
  categoryModelOf,
  WasteCodeModel,
  wasteCodeModelOf,
} from '@symbiose/taxonomy-graphql';
import { Interview } from '../interview/interview.entity';
import { InterviewModel } from '../interview/interview.model';
import { DeclarationsArgs } from './dto/declarations.args';
import { RecordDeclarationInput } from './dto/record-declaration.input';
import { UpdateDeclarationInput } from './dto/update-declaration.input';
import { DeclarationListing } from './declaration-listing.service';
import { Declaration } from './declaration.entity';
import { DeclarationConnection, DeclarationModel } from './declaration.model';
import { DeclarationService } from './declaration.service';
import { OrganizationReference } from '@symbiose/directory-replica';

@Resolver(() => DeclarationModel)
export class DeclarationResolver {
  constructor(
    private readonly declarationService: DeclarationService,
    private readonly listing: DeclarationListing,
    // InterviewService looks interviews up one by one; a batch needs them all at once.
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
  ) {}

  @Query(() => DeclarationConnection, { description: 'Oldest first' })
  declarations(@Args() args: DeclarationsArgs) {
    return this.listing.list(args);
  }

  @Mutation(() => DeclarationModel)
  recordDeclaration(@Args('input') input: RecordDeclarationInput) {
    return this.declarationService.record(input);
  }

  @Mutation(() => DeclarationModel, {
    description: 'Changes an ACTIVE declaration; its kind, theme and category never change',
  })
  updateDeclaration(@Args('input') input: UpdateDeclarationInput) {
    return this.declarationService.update(input);
  }

  @Mutation(() => DeclarationModel)
  withdrawDeclaration(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.declarationService.withdraw(id);
  }

  @ResolveField(() => OrganizationReference)
  organization(@Parent() declaration: Declaration): OrganizationReference {
    return { id: declaration.organizationId };
  }

  @ResolveField(() => InterviewModel, { nullable: true })
  interview(@Parent() declaration: Declaration, @Loaders() loaders: RequestLoaders) {
    if (!declaration.interviewId) return null;
    return loaders
      .get<string, Interview | null>('interviewById', async (ids) =>
        alignToKeys(
          ids,
          await this.interviews.findBy({ id: In([...ids]) }),
          (interview) => interview.id,
        ),
      )
      .load(declaration.interviewId);
  }

  @ResolveField(() => CategoryModel, {
    nullable: true,
    description: 'Null only for a code the taxonomy no longer knows',
  })
  category(@Parent() declaration: Declaration): CategoryModel | null {
    return categoryModelOf(declaration.categoryCode) ?? null;
  }

  @ResolveField(() => WasteCodeModel, {
    nullable: true,
    description: 'The European List of Waste entry of wasteCode, with its labels; null without one',
  })
  wasteCodeEntry(@Parent() declaration: Declaration): WasteCodeModel | null {
    return declaration.wasteCode ? (wasteCodeModelOf(declaration.wasteCode) ?? null) : null;
  }
}
