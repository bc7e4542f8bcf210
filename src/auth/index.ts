export { type AuthService, createAuthService, hashToken } from './auth.service.js';
export { createLoginThrottle, defaultThrottle, type LoginThrottle } from './login-throttle.js';
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
