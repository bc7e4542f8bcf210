export { createDemoWorkspace, demoCredentials } from './demo-workspace.js';
