import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { ConceptRecord } from '../concept/concept.record';
import { Concept } from '../concept/concept.type';
import { Relation } from '../relation/relation.type';
import { CreateConceptInput, LinkInput, UnlinkInput, UpdateConceptInput } from './editing.input';
import { requireEditor } from './editing.guard';
import {
  createConcept,
  deleteConcept,
  linkConcepts,
  unlinkConcepts,
  updateConcept,
} from './editing.repository';
import {
  conceptKey,
  createConceptInput,
  linkInput,
  parseArg,
  unlinkInput,
  updateConceptInput,
} from './editing.validation';

/** Curators' writes. Each runs in one write transaction after its input is fully validated. */
@Resolver()
export class EditingResolver {
  @Mutation(() => Concept, { description: 'Adds a concept. Needs an editor API key.' })
  async createConcept(
    @Arg('input', () => CreateConceptInput, { description: 'The concept to add.' })
    input: CreateConceptInput,
    @Ctx() ctx: Context,
  ) {
    requireEditor(ctx);
    return written(ctx, await createConcept(ctx.db, parseArg(createConceptInput, input, 'input')));
  }

  @Mutation(() => Concept, {
    description: 'Changes the given fields of a concept. Needs an editor API key.',
  })
  async updateConcept(
    @Arg('key', () => String, { description: 'Key of the concept to change.' }) key: string,
    @Arg('input', () => UpdateConceptInput, { description: 'The fields to change.' })
    input: UpdateConceptInput,
    @Ctx() ctx: Context,
  ) {
    requireEditor(ctx);
    const concept = await updateConcept(
      ctx.db,
      parseArg(conceptKey, key, 'key'),
      parseArg(updateConceptInput, input, 'input'),
    );
    return written(ctx, concept);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a concept with its relations and evidence. Needs an editor API key.',
  })
  deleteConcept(
    @Arg('key', () => String, { description: 'Key of the concept to delete.' }) key: string,
    @Ctx() ctx: Context,
  ) {
    requireEditor(ctx);
    return deleteConcept(ctx.db, parseArg(conceptKey, key, 'key'));
  }

  @Mutation(() => Relation, {
    description:
      'Links two concepts. Idempotent: linking the same pair with the same type again leaves one relation and adds only new evidence. Needs an editor API key.',
  })
  async linkConcepts(
    @Arg('input', () => LinkInput, { description: 'The relation to add, with its evidence.' })
    input: LinkInput,
    @Ctx() ctx: Context,
  ) {
    requireEditor(ctx);
    const { relation, ends } = await linkConcepts(ctx.db, parseArg(linkInput, input, 'input'));
    for (const end of ends) written(ctx, end);
    return relation;
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a relation. True when one was removed, false when there was none. Needs an editor API key.',
  })
  unlinkConcepts(
    @Arg('input', () => UnlinkInput, { description: 'The relation to remove.' }) input: UnlinkInput,
    @Ctx() ctx: Context,
  ) {
    requireEditor(ctx);
    return unlinkConcepts(ctx.db, parseArg(unlinkInput, input, 'input'));
  }
}

/**
 * The concept as the write left it, read inside its transaction: a delete that commits just
 * after cannot turn a successful write into an error. The request's loader learns it too, as it
 * may hold an older copy.
 */
function written(ctx: Context, concept: ConceptRecord): ConceptRecord {
  ctx.loaders.conceptsByKeys.clear(concept.key).prime(concept.key, concept);
  return concept;
}
