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
export { type Channels, createChannels, loadInstallationKeys } from './create-channels.js';
export { createMailer, type Mailer, type OutgoingMail } from './email/mailer.js';
export { type FormLanguage, renderFormPage } from './form/form-page.js';
export type { InboundService } from './inbound.service.js';
export type { OutboundService } from './outbound.service.js';
export { type InstallationKeys, isSealed, open as openSealed, seal } from './secret-box.js';
export { type ConfirmLanguage, renderConfirmPage } from './trust/confirm-page.js';
export { signIdentity } from './trust/identity.js';
