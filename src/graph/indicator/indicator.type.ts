import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';

@ObjectType({
  implements: Node,
  description:
    'What a result counts or measures ("antal solgte byggegrunde"). Results that measure the same thing share one indicator, ' +
    'so that its series over the years (or across initiatives) can be read. The indicator and its name are ours, not the report\'s.',
})
export class Indicator extends Node {
  @Field({ description: 'What is measured, in Danish.' })
  name!: string;
}
