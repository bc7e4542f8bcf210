export {
  type ChannelService,
  type ChannelView,
  type CreateChannelInput,
  webhookPathOf,
} from './channel.service.js';
export type {
  Channel,
  ChannelAdapter,
  ChannelCapabilities,
  ChannelType,
  DecodedInbound,
  OutboundMessage,
} from './channel.types.js';
export { type Channels, createChannels } from './create-channels.js';
export { createMailer, type Mailer } from './email/mailer.js';
export { type FormLanguage, renderFormPage } from './form/form-page.js';
export type { InboundService } from './inbound.service.js';
export type { OutboundService } from './outbound.service.js';
