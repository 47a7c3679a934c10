import { NonEmptyArray } from 'type-graphql';
import { PaperResolver } from './paper/paper.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [PaperResolver];
