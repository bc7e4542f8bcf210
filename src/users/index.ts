export { getDummyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
export { createUserRepository, type UserRepository } from './user.repository.js';
export { type CreateUserOptions, createUserService, type UserService } from './user.service.js';
export * from './user.types.js';
