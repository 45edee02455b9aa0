import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CloudEvent } from './cloud-event';
import { decodeFeedCursor, encodeFeedCursor, readFeed } from './event-feed';

export interface FeedPage {
  items: CloudEvent[];
  /** Never null: pass it as `after` to read on (now, or later when `hasMore` is false). */
  nextCursor: string;
  hasMore: boolean;
}

/** GET /events: the actor's organisation's feed. */
@Injectable()
export class EventFeedQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(actor: Actor, query: { after?: string; limit: number; types?: string[] }): Promise<FeedPage> {
    if (!actor.organisationId) throw new ForbiddenError('Händelseflödet gäller en organisation.');
    const read = await readFeed(this.dataSource.manager, actor.organisationId, decodeFeedCursor(query.after), query.limit, query.types ?? []);
    return { items: read.events, nextCursor: encodeFeedCursor(read.next), hasMore: read.more };
  }
}
