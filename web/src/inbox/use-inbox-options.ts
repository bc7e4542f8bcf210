import { useCallback, useEffect, useState } from 'react';
import type { InboxApi } from '../api/inbox-api';
import type { QueueRef } from '../api/types';

/** Channels the server knows; any other channel seen in the lists is added to the choice. */
const knownChannels = ['web', 'email', 'line', 'telegram', 'form'];

/** Choices for the inbox filters: the tenant's queues and the tags in use. */
export function useInboxOptions(api: InboxApi) {
  const [queues, setQueues] = useState<QueueRef[]>([]);
  const [tags, setTags] = useState<string[]>([]);

  const reloadTags = useCallback(() => {
    api
      .tags()
      .then(setTags)
      .catch(() => undefined);
  }, [api]);

  useEffect(() => {
    // Filters are a convenience: when these fail, the inbox still works unfiltered.
    api
      .queues()
      .then(setQueues)
      .catch(() => undefined);
    reloadTags();
  }, [api, reloadTags]);

  return { queues, tags, channels: knownChannels, reloadTags };
}
