export {
  type AccountRepository,
  createAccountRepository,
  type Membership,
  type SecretBox,
  type TenantSecurity,
} from './account.repository.js';
export { type AccountMail, type AccountService, createAccountService } from './account.service.js';
export {
  type AuthService,
  createAuthService,
  hashToken,
  isAddressAllowed,
  type LoginResult,
} from './auth.service.js';
export { createLoginThrottle, defaultThrottle, type LoginThrottle } from './login-throttle.js';
export {
  createOutsourcerRepository,
  type Outsourcer,
  type OutsourcerRepository,
} from './outsourcer.repository.js';
export { createOutsourcerService, type OutsourcerService } from './outsourcer.service.js';
export { checkPassword, MIN_PASSWORD_LENGTH } from './password-policy.js';
export {
  type ApiScope,
  apiScopes,
  authorize,
  can,
  type Permission,
  permissions,
  scopeOf,
} from './policy.js';
export {
  createLoginFailureRepository,
  createSessionRepository,
  type LoginFailureRepository,
  type SessionRepository,
} from './session.repository.js';
export { createSsoRepository, type SsoRepository } from './sso.repository.js';
export {
  createSsoService,
  SsoRefused,
  type SsoService,
  type SsoSettingsInput,
} from './sso.service.js';
export { currentTotp } from './totp.js';
