import { LruMap } from '../../cache/index.js';
import type { ContactInput } from '../../contacts/index.js';
import { sameSecret } from '../../crypto/same-secret.js';
import { AppError, notFound } from '../../errors/index.js';
import { newId, newSecret } from '../../ids/index.js';
import type { Conversation } from '../conversation.types.js';
import { type ConversationContext, hashCustomerToken } from './context.js';

/** Opening a conversation, and proving later that a caller holds its customer token. */
export function startConversationUseCases(ctx: ConversationContext) {
  const { deps, conversations, bus, factOf, updatedEvent } = ctx;
  // A conversation's customer token never changes, so its hash is safe to keep on every node;
  // the widget's every send and connect would otherwise read it from storage.
  // Sized to the busiest active set (a whole-map clear at a bound made every customer miss at once).
  const tokenHashes = new LruMap<string, string>(200_000);

  return {
    async startConversation(options: {
      tenantId: string;
      channel: string;
      contact?: ContactInput | undefined;
      language?: string | undefined;
    }): Promise<{ conversation: Conversation; customerToken: string }> {
      const contact = await deps.contacts.findOrCreateContact(options.tenantId, options.contact);
      const now = new Date().toISOString();
      const conversation: Conversation = {
        id: newId('conv'),
        tenantId: options.tenantId,
        contactId: contact.id,
        channel: options.channel,
        status: 'bot',
        assigneeId: null,
        language: options.language ?? null,
        botMisses: 0,
        handoff: null,
        lastSeq: 0,
        queuedAt: null,
        assignedAt: null,
        resolvedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      const customerToken = newSecret();
      const tokenHash = hashCustomerToken(customerToken);
      const { recordFact } = deps;
      if (recordFact) {
        await conversations.transaction(async (tx) => {
          await tx.insert(conversation, tokenHash);
          await recordFact(tx.db, factOf('created', conversation));
        });
      } else {
        await conversations.insert(conversation, tokenHash);
      }
      // Kept from the start, so the customer's first message reads neither back.
      tokenHashes.set(`${conversation.tenantId}/${conversation.id}`, tokenHash);
      conversations.remember(conversation);
      bus.publish(updatedEvent(conversation, null));
      return { conversation, customerToken };
    },

    /** The customer token proves the caller owns the conversation; unknown or foreign ids are 404. */
    async verifyCustomer(tenantId: string, conversationId: string, token: string): Promise<void> {
      const key = `${tenantId}/${conversationId}`;
      let hash = tokenHashes.get(key);
      if (hash === undefined) {
        hash = await conversations.findTokenHash(tenantId, conversationId);
        if (hash === undefined) throw notFound('Conversation');
        tokenHashes.set(key, hash);
      }
      if (!sameSecret(hashCustomerToken(token), hash)) {
        throw new AppError('unauthorized', 'Invalid customer token');
      }
    },
  };
}
