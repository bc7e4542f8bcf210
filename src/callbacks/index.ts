export {
  type Callback,
  type CallbackRepository,
  type CallbackStatus,
  type CallbackView,
  createCallbackRepository,
} from './callback.repository.js';
export {
  type CallbackConversation,
  type CallbackService,
  createCallbackService,
  MAX_CALLBACK_ATTEMPTS,
} from './callback.service.js';
export { parseWindow } from './callback-window.js';
