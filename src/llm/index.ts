export {
  type ChatClientOptions,
  type ChatComplete,
  type ChatFailure,
  type ChatMessage,
  type CompleteOptions,
  createChatClient,
} from './chat-client.js';
