import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { Section } from '../section/section.type';
import { EvidenceRecord } from './evidence.record';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Section, {
    description: 'The section of the paper this evidence points at.',
  })
  section(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.sectionsByKeys.load(evidence.sectionKey);
  }
}
