// Generated from the served OpenAPI document by `npm run api:types` (openapi-typescript).
// Do not edit: a change of the API shows up here, and the test of the document fails until
// this file is regenerated.

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password
         * @description Repeated wrong passwords for one account or address are throttled with 429. `user.tenantId` and `user.role` are the person’s default tenant and their role there; `tenants` lists every tenant they can work in (one token serves them all). With TOTP on, the answer is `{mfaRequired: true, ticket}` and `POST /api/v1/auth/login/totp` gives the token.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: {
                                id: string;
                                name: string;
                                role: ("admin" | "supervisor" | "agent" | "annotator") | "owner";
                            }[];
                            token: string;
                            user: {
                                email: string;
                                id: string;
                                name: string;
                                role: ("admin" | "supervisor" | "agent" | "annotator") | "owner";
                                /** @enum {string} */
                                status: "online" | "away" | "offline";
                                tenantId: string | null;
                            };
                        } | {
                            /** @constant */
                            mfaRequired: true;
                            ticket: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second step of a login with TOTP: the ticket and a code (or a recovery code)
         * @description Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        ticket: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: {
                                id: string;
                                name: string;
                                role: ("admin" | "supervisor" | "agent" | "annotator") | "owner";
                            }[];
                            token: string;
                            user: {
                                email: string;
                                id: string;
                                role: string;
                                tenantId: string | null;
                            };
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the current token
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The logged-in user
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                name: string;
                                role: ("admin" | "supervisor" | "agent" | "annotator") | "owner";
                                /** @enum {string} */
                                status: "online" | "away" | "offline";
                                tenantId: string | null;
                            };
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password; every other session of mine ends
         * @description The new password needs 10 characters or more and must not be on the list of breached passwords.
         *
         *     Any signed-in staff member, on their own account (not an API token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password reset link (valid one hour) if the address has an account
         * @description Always answers 202, so it tells nobody whether an address has an account.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a password with a reset or invitation link’s token (works once)
         * @description Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My live sessions (this one marked current)
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                address: string | null;
                                createdAt: string;
                                current: boolean;
                                expiresAt: string;
                                id: string;
                                lastSeenAt: string | null;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of my sessions
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider sends the browser back (redirects to the console)
         * @description Redirects to `/console/?sso={ticket}` (exchange it with `POST /api/v1/auth/sso/complete`), or to `/console/?ssoError={code}` when the sign-in is refused: unknown state, a code or ID token that does not check out (issuer, nonce, audience, signature), an unverified email, another domain, or no membership.
         *
         *     Public: no credentials.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the single-use ticket of a single sign-on for a session
         * @description Answers like `POST /api/v1/auth/login`: with TOTP on, `{mfaRequired: true, ticket}` for the second step.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ticket: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: {
                                id: string;
                                name: string;
                                role: ("admin" | "supervisor" | "agent" | "annotator") | "owner";
                            }[];
                            token: string;
                            user: {
                                email: string;
                                id: string;
                                name: string;
                                role: string;
                                /** @enum {string} */
                                status: "online" | "away" | "offline";
                                tenantId: string | null;
                            };
                        } | {
                            /** @constant */
                            mfaRequired: true;
                            ticket: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a single sign-on: the identity provider’s URL for the browser to open
         * @description By workspace (`tenantId`) or by the email address’s domain. 404 when no workspace offers single sign-on for it. Limited per client address: 429 with `Retry-After` when exceeded.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        tenantId?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorizationUrl: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenants the logged-in person works in, with their role in each
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: {
                                id: string;
                                name: string;
                                role: ("admin" | "supervisor" | "agent" | "annotator") | "owner";
                            }[];
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether two-factor authentication is on
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            recoveryCodesLeft: number;
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn TOTP off (needs a current code or a recovery code)
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn TOTP on with a code from the app; answers ten one-time recovery codes
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP setup: a new secret and its otpauth:// URL for an authenticator app
         * @description Any signed-in staff member, on their own account (not an API token).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUrl: string;
                            secret: string;
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: an API token (it has no account of its own) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/line/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * LINE Messaging API webhook (signed with X-Line-Signature)
         * @description The raw body is verified (HMAC-SHA256 with the channel secret) before anything is parsed; a bad signature gets 401 and stores nothing. Events are stored under their webhookEventId, so a redelivery creates nothing new.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channelId}/telegram/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Telegram Bot API webhook (X-Telegram-Bot-Api-Secret-Token)
         * @description Updates are stored under their update_id, so a redelivery creates nothing new.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/confirm-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email channel’s address (the token from the confirmation mail)
         * @description Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an inquiry form’s address (the token from the confirmation mail)
         * @description Posts the inquiry once; 401 when the token is forged or expired.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversationId: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inbox across every tenant the person works in, each conversation with its client
         * @description Each tenant is read as the person’s role there, under its own rules: a tenant whose IP allow-list or TOTP requirement refuses the request is left out and named in `skipped`; personal data is masked where their role may not read it. Newest activity first.
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    view?: "mine" | "queued" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                category: string | null;
                                channel: string;
                                contactName: string | null;
                                createdAt: string;
                                firstReplyAt: string | null;
                                id: string;
                                language: string | null;
                                lastMessage: {
                                    author: string;
                                    createdAt: string;
                                    text: string;
                                } | null;
                                priority: number;
                                queuedAt: string | null;
                                queueId: string | null;
                                /** @description When the first human reply is due */
                                slaDueAt: string | null;
                                /** @enum {string} */
                                status: "bot" | "queued" | "assigned" | "resolved";
                                tags: string[];
                                tenantId: string;
                                tenantName: string;
                                /** @description Messages since I last read it */
                                unread: number;
                                updatedAt: string;
                            }[];
                            skipped: {
                                code: string;
                                tenantId: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/links/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a personalised link; 401 when forged or expired
         * @description Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactId: string;
                            expiresAt: string;
                            purpose: string;
                            tenantId: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outsourcers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outsourcers: groups of client tenants and the people with a role across each
         * @description Staff with `outsourcer.manage`: owner.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outsourcers: components["schemas"]["Outsourcer"][];
                        };
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an outsourcer over a set of tenants
         * @description Staff with `outsourcer.manage`: owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        tenantIds: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outsourcer"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outsourcers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename an outsourcer or set its tenants
         * @description Its members’ group-wide roles follow at once: a tenant taken out is closed to them (their live sockets are ended).
         *
         *     Staff with `outsourcer.manage`: owner.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tenantIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outsourcer"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outsourcers/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give a person a role in every tenant of the outsourcer
         * @description The person must already have an account. Where they also have a membership of their own in a tenant, that membership decides.
         *
         *     Staff with `outsourcer.manage`: owner.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "supervisor" | "agent" | "annotator";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outsourcer"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outsourcers/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a person’s group-wide role away
         * @description Staff with `outsourcer.manage`: owner.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outsourcer"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/owner/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each tenant’s use of a month for billing: conversations, messages, bot-contained, seats (owner)
         * @description `month` is `YYYY-MM` (UTC), this month when absent. Seats are the people who can sign in now.
         *
         *     Staff with `tenant.create`: owner.
         */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            month: string;
                            tenants: {
                                botContained: number;
                                conversations: number;
                                id: string;
                                messages: number;
                                name: string;
                                seats: number;
                                suspended: boolean;
                            }[];
                            to: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenants (installation owner)
         * @description Staff with `tenant.create`: owner.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                            tenants: {
                                createdAt: string;
                                id: string;
                                name: string;
                                widgetKey: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a tenant (installation owner)
         * @description Staff with `tenant.create`: owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            widgetKey: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/agents/{userId}/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set an agent’s skills, languages, level and capacity
         * @description Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        languages?: ("ja" | "en" | "ko" | "zh")[];
                        /** @enum {string} */
                        level?: "new" | "regular" | "senior";
                        maxConcurrent?: number;
                        skills?: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/agents/me/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The console’s per-minute activity report: counts only, never content
         * @description Staff with `presence.set`: owner, admin, supervisor, agent, annotator.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clicks: number;
                        focusedSeconds: number;
                        keys: number;
                        /** Format: date-time */
                        minuteStart: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/agents/me/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set my presence; going online pulls waiting conversations
         * @description Staff with `presence.set`: owner, admin, supervisor, agent, annotator.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why (a break, lunch, training…); kept in the status history */
                        reason?: string;
                        /** @enum {string} */
                        status: "online" | "away" | "offline";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "online" | "away" | "offline";
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/analytics/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversations behind a term or category (drill-down)
         * @description Staff with `analytics.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    category?: string;
                    channel?: "web" | "email" | "line" | "telegram" | "form";
                    from: string;
                    term?: string;
                    to: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: {
                                category: string | null;
                                channel: string;
                                createdAt: string;
                                csatScore: number | null;
                                handedOffAt: string | null;
                                id: string;
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/analytics/keywords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call reasons: salient terms of customer messages, with the previous period
         * @description previousCount covers the period of the same length just before `from`; `rising` lists terms growing most.
         *
         *     Staff with `analytics.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    channel?: "web" | "email" | "line" | "telegram" | "form";
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keywords: {
                                count: number;
                                previousCount: number;
                                term: string;
                            }[];
                            rising: {
                                count: number;
                                previousCount: number;
                                term: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/analytics/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s analytics settings (cost per human contact, report schedule)
         * @description Staff with `analytics.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            costPerContact: number | null;
                            currency: string;
                            reportRecipients: string[];
                            /** @enum {string} */
                            reportSchedule: "off" | "weekly" | "monthly" | "both";
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change the cost per human contact (ROI) and the emailed report schedule
         * @description Staff with `analytics.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        costPerContact?: number | null;
                        currency?: string;
                        reportRecipients?: string[];
                        /** @enum {string} */
                        reportSchedule?: "off" | "weekly" | "monthly" | "both";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            costPerContact: number | null;
                            currency: string;
                            reportRecipients: string[];
                            /** @enum {string} */
                            reportSchedule: "off" | "weekly" | "monthly" | "both";
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Operations numbers of the conversations created in [from, to)
         * @description Counts come from rollups kept as conversations change; see docs/ANALYTICS.md for each definition.
         *
         *     Staff with `analytics.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    channel?: "web" | "email" | "line" | "telegram" | "form";
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsSummary"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens (never their values)
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token for an integration
         * @description The token is returned once and stored only as a hash. Use it as `Authorization: Bearer <token>`; anything outside its scopes is refused with 403.
         *
         *     Staff with `integration.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("conversations:read" | "conversations:write" | "contacts:read" | "contacts:write" | "faqs:write" | "analytics:read" | "events:write")[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            token: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (it is refused with 401 from then on)
         * @description Staff with `integration.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            revoked: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment (always as a download, never rendered)
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s audit log, newest first (admin)
         * @description Every staff change and every read of a contact’s personal data. Each entry’s `hash` is SHA-256 over its fields and `prevHash`, the hash of the entry before it.
         *
         *     Staff with `audit.read`: owner, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                actorId: string | null;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                id: string;
                                prevHash: string;
                                target: string | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the audit log’s hash chain; `brokenAt` is the first entry that fails (admin)
         * @description Staff with `audit.read`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt?: string;
                            checked: number;
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/banned-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Words that trigger a warning before sending: built-in and the tenant’s own
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: string[];
                            words: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the tenant’s own banned words
         * @description Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            words: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Callback requests, soonest window first
         * @description By default the open and claimed ones; `mine=true` only those the caller claimed. Phone numbers are masked for roles without `pii.read`.
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    mine?: "true" | "false";
                    status?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callbacks: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                /** @description Calls made so far */
                                attempts: number;
                                channel: string;
                                closedAt: string | null;
                                contactId: string;
                                contactName: string | null;
                                conversationId: string;
                                createdAt: string;
                                id: string;
                                language: string | null;
                                note: string | null;
                                /** @description E.164 */
                                phone: string;
                                queueId: string | null;
                                /** @enum {string} */
                                status: "open" | "claimed" | "completed" | "no_answer";
                                updatedAt: string;
                                /** @description ISO 8601 UTC */
                                windowEnd: string;
                                /** @description ISO 8601 UTC */
                                windowStart: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/callbacks/{callbackId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an open callback (only one operator gets it; 409 otherwise)
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callbackId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Callback"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/callbacks/{callbackId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the call made: the callback is completed
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callbackId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Callback"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/callbacks/{callbackId}/no-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report that nobody answered: back to the queue, closed as no_answer after the third try
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callbackId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Callback"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/callbacks/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Callback counts for the supervisor board
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimed: number;
                            completedToday: number;
                            /** @description Open, and their window is now */
                            dueNow: number;
                            noAnswerToday: number;
                            open: number;
                            /** @description Open, and their window has ended */
                            overdue: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calls, newest first (an agent sees their own)
         * @description Staff with `call.upload`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    agentId?: string;
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calls: components["schemas"]["Call"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a call recording for analysis
         * @description multipart/form-data: `recording` (WAV, MP3 or OGG), `agentChannel` (`left`|`right`, the agent’s side of a stereo call; mono calls are split by speaker) and `agentId` (an agent of the tenant; an agent uploading is credited by default). Answers at once; the call is `processing` until its analysis is `ready` or `failed`.
         *
         *     Staff with `call.upload`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @enum {string} */
                        agentChannel?: "left" | "right";
                        agentId?: string;
                        /** Format: binary */
                        recording: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A call: its status and, once ready, its figures and transcript
         * @description Staff with `call.upload`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Call"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/calls/{id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recording as uploaded (audio bytes)
         * @description Staff with `call.upload`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/calls/by-agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call figures per operator over a period (supervisor)
         * @description Staff with `call.read_all`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agents: {
                                agentId: string;
                                calls: number;
                                interruptions: number;
                                /** @description The customers’ talk in the operator’s calls */
                                listenSeconds: number;
                                name: string | null;
                                /** @description Both speaking ≥ 1 s */
                                overlaps: number;
                                responseGapSeconds: number | null;
                                /** @description Neither speaking ≥ 3 s */
                                silences: number;
                                silenceSeconds: number;
                                talkRatio: number | null;
                                talkSeconds: number;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/canned-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Canned responses
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cannedResponses: components["schemas"]["CannedResponse"][];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a canned response
         * @description Staff with `routing.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Typed after / in the reply box */
                        shortcut: string;
                        /** @description May hold {{contact.name}}, {{contact.email}}, {{agent.name}} */
                        text: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CannedResponse"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/canned-responses/{cannedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a canned response
         * @description Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cannedId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Typed after / in the reply box */
                        shortcut: string;
                        /** @description May hold {{contact.name}}, {{contact.email}}, {{agent.name}} */
                        text: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a canned response
         * @description Staff with `routing.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cannedId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/channel-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s channel settings
         * @description Staff with `channel.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Email the transcript to the contact when a conversation is resolved */
                            transcriptOnResolve: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change the tenant’s channel settings
         * @description Staff with `channel.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Email the transcript to the contact when a conversation is resolved */
                        transcriptOnResolve: boolean;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Email the transcript to the contact when a conversation is resolved */
                            transcriptOnResolve: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant’s channels (without secrets)
         * @description Staff with `channel.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: components["schemas"]["Channel"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Connect a channel (email address, LINE or Telegram bot)
         * @description Secrets are stored encrypted and never returned. For Telegram without `secretToken`, a generated one is returned once: pass it to setWebhook. An email address takes mail only once its domain is proven (`verification`: a DNS TXT record or a confirmation mail), unless it is on one of the installation’s own domains (MAIL_DOMAINS), where it must be `<tenant id>@domain` or `<tenant id>-<name>@domain`.
         *
         *     Staff with `channel.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        address: string;
                        /** @constant */
                        type: "email";
                    } | {
                        /**
                         * Format: uri
                         * @description Base URL of the platform API (for a proxy or a test stand-in)
                         */
                        apiBase?: string;
                        channelAccessToken: string;
                        channelSecret: string;
                        /** @constant */
                        type: "line";
                    } | {
                        /**
                         * Format: uri
                         * @description Base URL of the platform API (for a proxy or a test stand-in)
                         */
                        apiBase?: string;
                        botToken: string;
                        secretToken?: string;
                        /** @constant */
                        type: "telegram";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address?: string;
                            id: string;
                            secretToken?: string;
                            /** @enum {string} */
                            type: "email" | "line" | "telegram";
                            verification: components["schemas"]["ChannelVerification"];
                            webhookUrl?: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/channels/{channelId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a channel’s settings
         * @description `groups` (LINE): `conversation` (default) makes each group or room the bot is in its own conversation, answered in that group; `ignore` stores its events but opens nothing. A group is never mixed with a member’s one-to-one chat.
         *
         *     Staff with `channel.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channelId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        groups?: "conversation" | "ignore";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChannelOutput"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/channels/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove an email channel’s address: check its DNS TXT record, or mail a link to it
         * @description `dns`: looks up `tsunagi-verification=<token>` on the domain now (409 when not found yet). `mail`: sends a confirmation link to the address (through SMTP_URL); following it proves the address.
         *
         *     Staff with `channel.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "dns" | "mail";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verification: components["schemas"]["ChannelVerification"];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contact-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s custom contact attributes
         * @description Staff with `contact.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                key: string;
                                label: string;
                                /** @default [] */
                                options: string[];
                                /** @enum {string} */
                                type: "text" | "number" | "date" | "select";
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the custom contact attributes (text, number, date or select)
         * @description Staff with `contact.manage`: owner, admin, supervisor.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes: {
                            key: string;
                            label: string;
                            /** @default [] */
                            options?: string[];
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "select";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                key: string;
                                label: string;
                                /** @default [] */
                                options: string[];
                                /** @enum {string} */
                                type: "text" | "number" | "date" | "select";
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts, newest first; `q` searches name, email, phone and external id
         * @description Email and phone numbers are masked for roles without `pii.read`.
         *
         *     Staff with `contact.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contacts: components["schemas"]["Contact"][];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A contact with their conversations
         * @description Staff with `contact.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: components["schemas"]["Contact"];
                            conversations: {
                                channel: string;
                                createdAt: string;
                                id: string;
                                status: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Edit a contact (fields left out stay; null or "" clears a field or attribute)
         * @description A phone number is stored in E.164 (numbers without a country code are read as Japanese); attributes are checked against the tenant’s definitions. A changed email is no longer verified.
         *
         *     Staff with `contact.manage`: owner, admin, supervisor.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attributes?: {
                            [key: string]: string | number | null;
                        };
                        email?: string | null;
                        externalId?: string | null;
                        name?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: components["schemas"]["Contact"];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/{contactId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge another contact into this one
         * @description The other contact’s conversations, callbacks and identities (external id, email) move here and it is deleted; this contact keeps its fields and takes the other’s where it has none. Recorded in the audit log as `contact.merge`.
         *
         *     Staff with `contact.manage`: owner, admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mergeContactId: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: components["schemas"]["Contact"];
                            /** @description Rows moved, by table */
                            moved: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/{contactId}/vip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a contact as VIP (served first)
         * @description Staff with `conversation.assign_others`: owner, admin, supervisor.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isVip: boolean;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isVip: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase a contact and everything held about them; answers a receipt (admin)
         * @description Messages, names, addresses, notes, attachments and raw channel events go. On SQLite the rows are overwritten with zeros and the write-ahead log truncated; on PostgreSQL the rows are deleted and the space is reclaimed by VACUUM (the receipt says so).
         *
         *     Staff with `contact.erase`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            erased: true;
                            receipt: {
                                auditHash: string;
                                contactId: string;
                                deleted: {
                                    [key: string]: number;
                                };
                                erasedAt: string;
                                id: string;
                                storage: string;
                                tenantId: string;
                            };
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a contact: profile, conversations, messages, notes, files (admin)
         * @description Staff with `contact.export`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Callback requests */
                            callbacks: {
                                [key: string]: unknown;
                            }[];
                            contact: {
                                [key: string]: unknown;
                            };
                            conversations: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every contact as CSV, streamed
         * @description Columns id,name,email,phone,externalId,createdAt and the attribute keys; email and phone numbers are masked for roles without `pii.read`.
         *
         *     Staff with `contact.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from CSV (header: name,email,phone,externalId and attribute keys)
         * @description Read and checked on a worker thread. All or nothing: if any row has a mistake, nothing is stored and `errors` lists every row (header = row 1) with its reason. A row with an `id` or a known `externalId` updates that contact; empty cells leave fields unchanged.
         *
         *     Staff with `contact.manage`: owner, admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            updated: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations (newest activity first)
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    assignee?: "me" | string;
                    cursor?: string;
                    limit?: number;
                    status?: "bot" | "queued" | "assigned" | "resolved";
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: components["schemas"]["Conversation"][];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A conversation with its messages and handoff card
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: {
                                email: string | null;
                                externalId: string | null;
                                id: string;
                                name: string | null;
                                /** @description Who the customer is has been proven: an id signed by the tenant’s server or a platform’s, or an email they showed they own */
                                verified: boolean;
                            };
                            conversation: components["schemas"]["Conversation"];
                            handoff: {
                                /** @description What the bot told the customer: its latest answers (up to 10), each once */
                                botAnswers: string[];
                                entities: {
                                    type: string;
                                    value: string;
                                }[];
                                /** @description The inquiry form’s fields, for a conversation from the form */
                                form?: {
                                    email: string;
                                    name: string;
                                    subject: string | null;
                                };
                                intent: string | null;
                                keywords: string[];
                                language: string | null;
                                /** @enum {string} */
                                reason: "requested" | "low_confidence" | "form";
                                /** @enum {string} */
                                sentiment: "positive" | "neutral" | "negative";
                                summary: string;
                                /** @description What a bot flow collected before handing over */
                                variables?: {
                                    [key: string]: string;
                                };
                            } | null;
                            messages: components["schemas"]["StaffMessage"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/answer-with-faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply with a FAQ entry's answer; the customer's wording is learnt
         * @description Posts the FAQ answer as the agent's reply. The question the bot missed in this conversation (else the last customer message) becomes an alternate of the FAQ, so the bot answers that wording itself next time.
         *
         *     Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientMessageId?: string;
                        faqId: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            learnt: string | null;
                            message: components["schemas"]["Message"];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a conversation (to myself when agentId is absent)
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agentId?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            id: string;
                            /** @enum {string} */
                            status: "bot" | "queued" | "assigned" | "resolved";
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Files the customer sent in a conversation (metadata)
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                contentType: string;
                                createdAt: string;
                                filename: string;
                                id: string;
                                messageId: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Send the customer a file (web chat and email)
         * @description Posted as an agent reply noting the file (with `text` above it when given); email delivers the file attached, the widget offers it as a download. Up to 5 MB, of the listed types (415 otherwise).
         *
         *     Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientMessageId?: string;
                        /** @description image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/csv, .docx or .xlsx */
                        contentType: string;
                        /** @description The file, base64 (up to 5 MB decoded) */
                        data: string;
                        filename: string;
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: {
                                filename: string;
                                id: string;
                                size: number;
                            };
                            message: components["schemas"]["Message"];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/bot-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An external bot answers a conversation’s bot turn
         * @description The agent-bot API. A webhook subscribed to `conversation.bot_turn` receives each customer message the bot would answer (`data`: `conversationId`, `turnId`, `message.text`, `deadline`); the external bot answers here before the deadline (`AGENT_BOT_TIMEOUT_MS`, 5 s by default) with its replies (with buttons, rendered natively on each channel) and/or a handoff to a person, with variables for the handoff card. After the deadline the built-in bot has answered and this is refused with 409. Admins, or an API token with `conversations:write`.
         *
         *     Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        handoff?: boolean;
                        /** @default [] */
                        replies?: {
                            buttons?: {
                                label: string;
                                text?: string;
                            }[];
                            text: string;
                        }[];
                        turnId: string;
                        /** @default {} */
                        variables?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            accepted: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff-only side of a conversation: notes, tags, category, wrap-up, customer panel
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            contact: {
                                email: string | null;
                                externalId: string | null;
                                id: string;
                                isVip: boolean;
                                name: string | null;
                                since: string;
                            };
                            firstReplyAt: string | null;
                            notes: components["schemas"]["Note"][];
                            pastConversations: {
                                category: string | null;
                                channel: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                status: "bot" | "queued" | "assigned" | "resolved";
                                summary: string | null;
                            }[];
                            priority: number;
                            queuedAt: string | null;
                            queueId: string | null;
                            slaDueAt: string | null;
                            tags: string[];
                            wrapUpSummary: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/hand-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the conversation back to the bot
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            id: string;
                            status: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/handling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set tags and category
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply as an agent; the customer sees it at once
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientMessageId?: string;
                        /** @description The FAQ entry this reply answers with (e.g. an inserted suggestion): the customer's wording becomes its alternate, so the bot answers it next time */
                        faqId?: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an internal note (never shown to the customer)
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Note"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the conversation read up to its latest message
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a conversation
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            id: string;
                            /** @enum {string} */
                            status: "bot" | "queued" | "assigned" | "resolved";
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Knowledge-base answers for the customer’s last message
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: {
                                answer: string;
                                confidence: number;
                                faqId: string;
                                question: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer to another agent or queue, with an internal note
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agentId?: string;
                        note?: string;
                        queueId?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            id: string;
                            status: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/wrap-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Store the wrap-up (category and summary) with the conversation
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: string | null;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/conversations/{id}/wrap-up-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A drafted wrap-up (category and summary) from the handoff card and the conversation
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    language?: "ja" | "en" | "ko" | "zh";
                };
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            summary: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event from the client’s systems: a proactive message to the contact
         * @description Admins, or an API token with `events:write`. The contact (by `externalId` or `email`) gets the rule’s message in the conversation they last used, on its channel (widget, LINE, email, Telegram). The answer says what happened: `sent`, `deferred` (quiet hours; `sendAt`), `skipped` (`reason`: `no_rule` or `daily_limit`) or `no_contact` (`reason`: `unknown_contact` or `no_conversation`).
         *
         *     Staff with `events.send`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact: {
                            /** Format: email */
                            email?: string;
                            externalId?: string;
                        };
                        /** @default {} */
                        data?: {
                            [key: string]: unknown;
                        };
                        /** @description The event type named by the client system, e.g. `order.delayed` */
                        type: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProactiveOutcome"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/exports/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every message of the conversations created in [from, to), streamed
         * @description CSV (with a header row) or JSONL (one message per line), read a page at a time. For readers without `pii.read` (API tokens) email addresses, phone, card and My Numbers in the text are masked.
         *
         *     Staff with `analytics.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    channel?: "web" | "email" | "line" | "telegram" | "form";
                    format?: "csv" | "jsonl";
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/faqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the FAQ
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            faqs: {
                                alternates: string[];
                                answer: string;
                                category: string | null;
                                createdAt: string;
                                id: string;
                                language: string | null;
                                question: string;
                                updatedAt: string;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a FAQ entry (answered by the bot at once)
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternates?: string[];
                        answer: string;
                        category?: string;
                        /** @enum {string} */
                        language?: "ja" | "en" | "ko" | "zh";
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/faqs/{faqId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Edit a FAQ entry (answered in its new form at once)
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    faqId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternates?: string[];
                        answer?: string;
                        category?: string | null;
                        question?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternates: string[];
                            answer: string;
                            category: string | null;
                            createdAt: string;
                            id: string;
                            language: string | null;
                            question: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a FAQ entry
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    faqId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/faqs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import FAQ from CSV or XLSX (header: question,answer,category)
         * @description CSV as text/csv; XLSX raw or as the multipart/form-data field `file` (first worksheet). Bad rows are reported with their row number (header = row 1); good rows are kept. `mode=upsert` updates the FAQ with the same question instead of adding another.
         *
         *     Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: {
                    mode?: "append" | "upsert";
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            updated: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bot flows (latest versions)
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flows: {
                                createdAt: string;
                                id: string;
                                name: string;
                                stepCount: number;
                                trigger: {
                                    [key: string]: string;
                                };
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/flows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bot flow (the latest version, or `?version=`)
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Save a bot flow (each save is a new version)
         * @description Steps: `message` (`text`, optional `buttons: [{label, next?}]`), `question` (`text`, `variable`, `kind`: `order_number` | `email` | `date` | `text`, `invalidText?`), `condition` (`variable`, `equals?` or `matches?`, `ifTrue`, `ifFalse`), `skill` (`method`, `url`, `headers?`, `body?` with `{{variable}}`, `timeoutMs`, `retries`, `map: {variable: "json.path"}`, `reply?`, `errorText?`, `onError?`), `handoff` (`text?`) and `end` (`text?`). Each step goes to `next`, else the one after it. Skill header values are stored encrypted and come back as `********`; sending that back keeps the stored value.
         *
         *     Staff with `integration.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        steps: ({
                            buttons?: {
                                label: string;
                                next?: string;
                            }[];
                            id: string;
                            next?: string;
                            text: string;
                            /** @constant */
                            type: "message";
                        } | {
                            id: string;
                            invalidText?: string;
                            /** @enum {string} */
                            kind: "order_number" | "email" | "date" | "text";
                            next?: string;
                            text: string;
                            /** @constant */
                            type: "question";
                            variable: string;
                        } | {
                            equals?: string;
                            id: string;
                            ifFalse: string;
                            ifTrue: string;
                            matches?: string;
                            /** @constant */
                            type: "condition";
                            variable: string;
                        } | {
                            body?: string;
                            errorText?: string;
                            headers?: {
                                [key: string]: string;
                            };
                            id: string;
                            /** @default {} */
                            map?: {
                                [key: string]: string;
                            };
                            /**
                             * @default GET
                             * @enum {string}
                             */
                            method?: "GET" | "POST" | "PUT";
                            next?: string;
                            onError?: string;
                            reply?: string;
                            /** @default 1 */
                            retries?: number;
                            /** @default 5000 */
                            timeoutMs?: number;
                            /** @constant */
                            type: "skill";
                            url: string;
                        } | {
                            id: string;
                            text?: string;
                            /** @constant */
                            type: "handoff";
                        } | {
                            id: string;
                            text?: string;
                            /** @constant */
                            type: "end";
                        })[];
                        trigger: {
                            faqId?: string;
                            intent?: string;
                            keyword?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a bot flow (all its versions)
         * @description Staff with `integration.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/flows/{id}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a flow: one turn from a state (or the start); skills are called, nothing is stored
         * @description Staff with `integration.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        draft?: {
                            name: string;
                            steps: ({
                                buttons?: {
                                    label: string;
                                    next?: string;
                                }[];
                                id: string;
                                next?: string;
                                text: string;
                                /** @constant */
                                type: "message";
                            } | {
                                id: string;
                                invalidText?: string;
                                /** @enum {string} */
                                kind: "order_number" | "email" | "date" | "text";
                                next?: string;
                                text: string;
                                /** @constant */
                                type: "question";
                                variable: string;
                            } | {
                                equals?: string;
                                id: string;
                                ifFalse: string;
                                ifTrue: string;
                                matches?: string;
                                /** @constant */
                                type: "condition";
                                variable: string;
                            } | {
                                body?: string;
                                errorText?: string;
                                headers?: {
                                    [key: string]: string;
                                };
                                id: string;
                                /** @default {} */
                                map?: {
                                    [key: string]: string;
                                };
                                /**
                                 * @default GET
                                 * @enum {string}
                                 */
                                method?: "GET" | "POST" | "PUT";
                                next?: string;
                                onError?: string;
                                reply?: string;
                                /** @default 1 */
                                retries?: number;
                                /** @default 5000 */
                                timeoutMs?: number;
                                /** @constant */
                                type: "skill";
                                url: string;
                            } | {
                                id: string;
                                text?: string;
                                /** @constant */
                                type: "handoff";
                            } | {
                                id: string;
                                text?: string;
                                /** @constant */
                                type: "end";
                            })[];
                            trigger: {
                                faqId?: string;
                                intent?: string;
                                keyword?: string;
                            };
                        };
                        /** @default null */
                        state?: {
                            flowId: string;
                            stepId: string;
                            variables: {
                                [key: string]: string;
                            };
                            version: number;
                        } | null;
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handoff: {
                                variables: {
                                    [key: string]: string;
                                };
                            } | null;
                            replies: {
                                buttons?: {
                                    label: string;
                                    text: string;
                                }[];
                                text: string;
                            }[];
                            state: {
                                [key: string]: unknown;
                            } | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/identity-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The secret that signs customer identities for the widget (created on first use)
         * @description Staff with `channel.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rotatedAt: string;
                            /** @description Your server signs a logged-in customer’s id (and email) with it: HMAC-SHA256, hex, passed to the widget as `userHash` / `emailHash` */
                            secret: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/identity-secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the identity secret: signatures made with the old one stop counting
         * @description Staff with `channel.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rotatedAt: string;
                            /** @description Your server signs a logged-in customer’s id (and email) with it: HMAC-SHA256, hex, passed to the widget as `userHash` / `emailHash` */
                            secret: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The console’s conversation list: filters, search, unread counts and SLA due times
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    channel?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    queueId?: string;
                    tag?: string;
                    view?: "queued" | "mine" | "all" | "bot" | "resolved" | "assigned";
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: components["schemas"]["InboxItem"][];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/intents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import intent training examples from CSV (header: text,intent)
         * @description Bad rows are reported with their row number; good rows are kept. A text already stored gets the new intent. The label `out_of_scope` marks examples of what is no intent. Call nlu/train to serve them.
         *
         *     Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/intents/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's intent model and how its settings were chosen
         * @description The regularisation and abstention threshold are chosen at training time by stratified k-fold cross-validation on the tenant's own examples; `report` gives the values chosen and the cross-validated accuracy. `report` is null until a model is trained (after a restart the first call starts training).
         *
         *     Staff with `knowledge.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intents: string[];
                            isTraining: boolean;
                            report: {
                                /** @description Cross-validated top-1 accuracy on in-scope examples */
                                accuracy: number | null;
                                /** @description Cross-validated share of in-scope examples answered with the right intent */
                                answeredRight: number | null;
                                candidates: {
                                    accuracy: number;
                                    svmC: number;
                                }[];
                                examples: number;
                                /** @description Cross-validation folds (0: not cross-validated) */
                                folds: number;
                                /** @description Cross-validated share of out-of-scope examples declined (null: none given) */
                                outOfScopeRecall: number | null;
                                /** @description Regularisation chosen (C of the SVMs) */
                                svmC: number;
                                temperature: number;
                                /** @description Calibrated probability below which no intent is claimed */
                                threshold: number;
                            } | null;
                            trainedAt: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/intents/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which agent skills each trained intent needs
         * @description A handed-off conversation whose intent is listed goes to an agent with the first of its skills that a free agent has. `billing/*` covers intents under `billing/`.
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                intent: string;
                                skills: string[];
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the intent → skill map
         * @description The whole map: intents left out no longer ask for a skill. Each intent once; skills in order of preference. Routing uses the new map at once.
         *
         *     Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            intent: string;
                            skills: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                intent: string;
                                skills: string[];
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a person by mail (a link to choose their password, valid 7 days) (admin)
         * @description Someone who already has an account is added to the tenant and told by mail; the answer is the same either way.
         *
         *     Staff with `user.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "supervisor" | "agent" | "annotator";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a personalised, signed, expiring link for a contact
         * @description The token carries tenant, contact, purpose and expiry under an HMAC-SHA256 signature; with `url`, it is added to it as `tsunagi_link`.
         *
         *     Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId: string;
                        /** @default 86400 */
                        expiresInSeconds?: number;
                        purpose: string;
                        /** Format: uri */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            token: string;
                            url: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s people with their role, state and whether TOTP is on (admin)
         * @description Staff with `user.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                disabled: boolean;
                                email: string;
                                id: string;
                                memberSince: string;
                                name: string;
                                role: string;
                                totpEnabled: boolean;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/moderation/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find inappropriate or banned words in a reply before it is sent
         * @description Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matches: {
                                end: number;
                                /** @description UTF-16 offset */
                                start: number;
                                word: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/nlu/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the bot understands of a text
         * @description `intent` is null when no intents are trained or the text is out of scope. `faq` is the closest entry with why it matched; `decision` is what the bot would do with it and `policy` why (calibrated probability, margin, the candidates it would list).
         *
         *     Staff with `nlu.parse`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            decision: "answer" | "suggest" | "hand_over";
                            faq: {
                                answer: string;
                                confidence: number;
                                id: string;
                                matchedTerms: string[];
                                question: string;
                                score: number;
                            } | null;
                            intent: {
                                confidence: number;
                                name: string;
                            } | null;
                            keywords: string[];
                            /** @enum {string} */
                            language: "ja" | "en" | "ko" | "zh";
                            policy: {
                                /** @enum {string} */
                                action: "answer" | "list" | "decline";
                                candidates: {
                                    confidence: number;
                                    id: string;
                                    question: string;
                                    score: number;
                                }[];
                                listProbability: number;
                                probability: number;
                                /** @enum {string} */
                                reason: "clear_winner" | "close_candidates" | "weak_match" | "no_match";
                                runnerUpRatio: number;
                            };
                            tokens: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/nlu/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train the tenant's models; answers once they serve the new data
         * @description Training runs between other work (it never blocks parsing); the current model keeps serving until the new one replaces it. FAQ changes need no training.
         *
         *     Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            examples: number;
                            intents: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/proactive-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rules of proactive messages
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: components["schemas"]["ProactiveRule"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/proactive-rules/{eventType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the rule for one event type of proactive messages
         * @description `template` fills `{{data.field}}` (nested paths too) and `{{contact.name}}`. `quietHours` are local times in the tenant’s time zone (routing settings), and may wrap past midnight: a message due inside them waits for their end. `dailyLimit`: at most this many proactive messages per contact in any 24 hours.
         *
         *     Staff with `integration.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventType: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 3 */
                        dailyLimit?: number;
                        /** @default null */
                        quietHours?: {
                            end: string;
                            start: string;
                        } | null;
                        template: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProactiveRule"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a rule of proactive messages
         * @description Staff with `integration.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventType: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a text before it is sent: NG words in any variant, escalation and anger
         * @description An operator’s check that finds a high finding is remembered: sending the same text anyway is recorded on its stored finding (sentDespiteWarning).
         *
         *     Staff with `conversation.work`: owner, admin, supervisor, agent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        author?: "agent" | "customer";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: components["schemas"]["Finding"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Findings of stored messages (every message is checked as it is stored)
         * @description Agents see the findings that concern them; supervisors and admins see all.
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    agentId?: string;
                    conversationId?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: components["schemas"]["StoredFinding"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/ng-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s own NG words and the built-in lists
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            words: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the tenant’s own NG words (the built-in ja/en lists always apply)
         * @description Staff with `qa.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            words: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversations not yet reviewed, the riskiest first
         * @description Risk = 10 per high, 3 per medium and 1 per low finding. `items` ranks conversations and uploaded calls (findings in their transcripts) together by the same risk.
         *
         *     Staff with `qa.review`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: {
                                findings: components["schemas"]["StoredFinding"][];
                                id: string;
                                risk: number;
                            }[];
                            items: components["schemas"]["ReviewItem"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviews; an agent sees the feedback on their own conversations and calls only
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    agentId?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reviews: {
                                agentId: string | null;
                                average: number;
                                /** @description The call scored (null for a conversation) */
                                callId: string | null;
                                comment: string | null;
                                /** @description The conversation scored (null for a call) */
                                conversationId: string | null;
                                createdAt: string;
                                id: string;
                                reviewerId: string;
                                scores: {
                                    [key: string]: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Score a conversation or a call on the scorecard; it leaves the review queue
         * @description Staff with `qa.review`: owner, admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A call in the review queue, instead of a conversation */
                        callId?: string;
                        comment?: string;
                        conversationId?: string;
                        scores: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentId: string | null;
                            average: number;
                            id: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s review criteria (each scored 1–5)
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            criteria: {
                                id: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the tenant’s review criteria
         * @description Staff with `qa.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: {
                            id: string;
                            label: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            criteria: {
                                id: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/qa/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per agent and week: findings by severity and the average review score
         * @description Staff with `qa.review`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trends: {
                                agentId: string | null;
                                averageScore: number | null;
                                high: number;
                                low: number;
                                medium: number;
                                /** @description The Monday starting the week (UTC) */
                                week: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List queues
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queues: components["schemas"]["Queue"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a queue (skills agents need, languages it serves, SLA, overflow, hours)
         * @description Staff with `routing.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description null: the tenant’s hours apply */
                        businessHours?: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        } | null;
                        /** @description Handoffs no language queue takes go here */
                        isDefault?: boolean;
                        languages?: ("ja" | "en" | "ko" | "zh")[];
                        name: string;
                        overflowAfterSeconds?: number | null;
                        overflowQueueId?: string | null;
                        skills?: string[];
                        slaFirstReplySeconds?: number | null;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a queue
         * @description Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    queueId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description null: the tenant’s hours apply */
                        businessHours?: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        } | null;
                        /** @description Handoffs no language queue takes go here */
                        isDefault?: boolean;
                        languages?: ("ja" | "en" | "ko" | "zh")[];
                        name: string;
                        overflowAfterSeconds?: number | null;
                        overflowQueueId?: string | null;
                        skills?: string[];
                        slaFirstReplySeconds?: number | null;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a queue (not the default): conversations waiting in it move to the default queue
         * @description Staff with `routing.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    queueId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/reports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A weekly or monthly client report (XLSX or CSV)
         * @description weekly: `period` is the first day (YYYY-MM-DD), seven days in the tenant time zone; monthly: `period` is YYYY-MM.
         *
         *     Staff with `analytics.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query: {
                    format?: "xlsx" | "csv";
                    period: string;
                };
                header?: never;
                path: {
                    kind: "weekly" | "monthly";
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/routing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business hours, holidays, SLA target and the away grace period
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awayGraceSeconds: number;
                            businessHours: {
                                [key: string]: {
                                    close: string;
                                    open: string;
                                }[];
                            } | null;
                            holidays: string[];
                            slaFirstReplySeconds: number;
                            timeZone: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change business hours, holidays, SLA target or the away grace period
         * @description Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        awayGraceSeconds?: number;
                        /** @description null: open around the clock */
                        businessHours?: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        } | null;
                        holidays?: string[];
                        slaFirstReplySeconds?: number;
                        /** @description IANA name, e.g. Asia/Tokyo */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awayGraceSeconds: number;
                            businessHours: {
                                [key: string]: {
                                    close: string;
                                    open: string;
                                }[];
                            } | null;
                            holidays: string[];
                            slaFirstReplySeconds: number;
                            timeZone: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s security settings (admin)
         * @description Staff with `security.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ipAllowlist: string[];
                            maskPiiForAgents: boolean;
                            requireTotp: boolean;
                            retentionDays: number | null;
                            suspended: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Require TOTP, restrict staff to addresses, mask personal data for agents, retention
         * @description An admin may change `requireTotp`, `ipAllowlist` and `retentionDays`; only the owner suspends a tenant. An allow-list that would shut out the admin saving it is refused.
         *
         *     Staff with `security.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ipAllowlist?: string[];
                        maskPiiForAgents?: boolean;
                        requireTotp?: boolean;
                        retentionDays?: number | null;
                        suspended?: boolean;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ipAllowlist: string[];
                            maskPiiForAgents: boolean;
                            requireTotp: boolean;
                            retentionDays: number | null;
                            suspended: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s single sign-on (OpenID Connect) settings; the client secret is never shown
         * @description Staff with `security.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sso: {
                                clientId: string;
                                emailDomain: string;
                                enabled: boolean;
                                /** @constant */
                                hasClientSecret: true;
                                issuer: string;
                                provisionRole: ("admin" | "supervisor" | "agent" | "annotator") | null;
                            } | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set the tenant’s OpenID Connect provider
         * @description The issuer must be https (http only on the loopback interface). The client secret is stored encrypted; leave it out to keep the stored one. `provisionRole` null lets in only people who already have a membership; a role creates the membership at their first sign-in. The provider must allow `{console}/api/v1/auth/sso/callback` as a redirect URI.
         *
         *     Staff with `security.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        clientSecret?: string;
                        emailDomain: string;
                        enabled: boolean;
                        issuer: string;
                        provisionRole: ("admin" | "supervisor" | "agent" | "annotator") | null;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientId: string;
                            emailDomain: string;
                            enabled: boolean;
                            /** @constant */
                            hasClientSecret: true;
                            issuer: string;
                            provisionRole: ("admin" | "supervisor" | "agent" | "annotator") | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/supervisor/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queues with waiting times and SLA state; every agent’s status and load
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agents: {
                                id: string;
                                languages: string[];
                                level: string;
                                load: number;
                                maxConcurrent: number;
                                name: string;
                                role: string;
                                skills: string[];
                                /** @enum {string} */
                                status: "online" | "away" | "offline";
                            }[];
                            queues: {
                                /** @description null: conversations in no queue */
                                id: string | null;
                                name: string | null;
                                oldestWaitSeconds: number | null;
                                sla: {
                                    breached: number;
                                    ok: number;
                                    warning: number;
                                };
                                slaTargetSeconds: number;
                                waiting: number;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags in use
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: string[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/unanswered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Questions the bot could not answer, newest first
         * @description `groups` holds the page’s questions grouped by similarity (the FAQ picked from a list, else the nearest FAQ, else shared wording), biggest first, with the FAQ to add them to.
         *
         *     Staff with `knowledge.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                questions: {
                                    chosenFaqId: string | null;
                                    conversationId: string | null;
                                    createdAt: string;
                                    id: string;
                                    language: string | null;
                                    text: string;
                                }[];
                                suggestedFaq: {
                                    id: string;
                                    question: string;
                                } | null;
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                            questions: {
                                chosenFaqId: string | null;
                                conversationId: string | null;
                                createdAt: string;
                                id: string;
                                language: string | null;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/unanswered/{questionId}/alternate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an unanswered question as another phrasing of a FAQ entry
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        faqId: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternates: string[];
                            answer: string;
                            category: string | null;
                            createdAt: string;
                            id: string;
                            language: string | null;
                            question: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/unanswered/{questionId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an unanswered question from the list
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            dismissed: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/unanswered/{questionId}/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an unanswered question as a new FAQ entry
         * @description Staff with `knowledge.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                        category?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alternates: string[];
                            answer: string;
                            category: string | null;
                            createdAt: string;
                            id: string;
                            language: string | null;
                            question: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant’s users with their presence
         * @description Staff with `conversation.assign_others`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                            users: {
                                email: string;
                                id: string;
                                languages: string[];
                                maxConcurrent: number;
                                name: string;
                                role: string;
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user in a tenant (owner or the tenant’s admin)
         * @description An email that already belongs to a person makes them a member of this tenant too (one person, one login, a role per tenant); their own password is kept. The answer is the same either way.
         *
         *     Staff with `user.create`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        languages?: ("ja" | "en" | "ko" | "zh")[];
                        maxConcurrent?: number;
                        name: string;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "supervisor" | "agent" | "annotator";
                        skills?: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a person in this tenant: their access and live connections end at once (admin)
         * @description Staff with `user.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled person again (admin)
         * @description Staff with `user.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a person’s role in this tenant (admin)
         * @description Staff with `user.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "admin" | "supervisor" | "agent" | "annotator";
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhooks: components["schemas"]["Webhook"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to domain events
         * @description Each delivery is a POST of `{id, type, tenantId, createdAt, data}` with `X-Tsunagi-Signature`: the lowercase hex HMAC-SHA256 of the raw body, keyed with the returned secret (shown once). Also `X-Tsunagi-Event` and `X-Tsunagi-Delivery`. Any 2xx acknowledges; 5xx, 408, 429, timeouts and network errors are retried with exponential back-off; deliveries of one conversation are sent in order. Private, loopback and link-local addresses are refused unless the host is in OUTBOUND_ALLOW_HOSTS.
         *
         *     Staff with `integration.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: ("message.created" | "conversation.updated" | "note.created" | "agent.status_changed" | "faq.changed" | "intents.trained" | "qa.alert" | "conversation.bot_turn")[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            secret: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook; its pending deliveries are dropped
         * @description Staff with `integration.manage`: owner, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's delivery log, newest first
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: components["schemas"]["WebhookDelivery"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a past delivery again (as a new delivery with the same body)
         * @description Staff with `integration.manage`: owner, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    id: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/widget-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the proactive widget triggers
         * @description Staff with `integration.manage`: owner, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            triggers: components["schemas"]["WidgetTrigger"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set the proactive widget triggers (replaces the list)
         * @description The widget shows a trigger’s message as a bubble when the page URL contains `urlContains` and fits `url` (a prefix, or a glob with `*`; a pattern starting with / is matched against the path and query), after `secondsOnPage`, and (if `returningVisitor`) only from the second visit. Before showing it asks the server, which refuses during `quietHours` and beyond the `visitorLimit` (default: once per visitor per day). Opening the chat shows it as the bot’s first message.
         *
         *     Staff with `integration.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        triggers: components["schemas"]["WidgetTriggerInput"][];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            triggers: components["schemas"]["WidgetTrigger"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Utilisation per operator with its band; an agent sees their own row
         * @description A minute is logged in when the console reported it and busy when the operator had a conversation assigned during it; utilisation = busy ÷ logged-in minutes. Bands: the nearest of the tenant’s targets (default 90 % over, 60 % right, 30 % under).
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agents: components["schemas"]["AgentUtilisation"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One day per operator: status timeline, planned shift and breaks, adherence
         * @description During a shift an operator should be online; during a planned break, not online. Adherence = time in the scheduled state ÷ scheduled time; out-of-adherence periods of a minute or more are listed. The day is local to the operator’s schedule, or `timeZone` (default UTC) without one. An agent sees their own.
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query: {
                    agentId?: string;
                    date: string;
                    timeZone?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agents: components["schemas"]["AgentDay"][];
                            date: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contacts per hour for the coming weeks, from the last eight weeks by hour of week
         * @description backtest.mape: the last week forecast from the weeks before it; seasonalNaiveMape: the same hour one week earlier, for comparison. Null without two weeks of history.
         *
         *     Staff with `workforce.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backtest: {
                                historyHours: number;
                                mape: number | null;
                                seasonalNaiveMape: number | null;
                            };
                            hours: {
                                expected: number;
                                start: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scheduled operators now: expected state against presence; `absent` = on shift but offline
         * @description Staff with `workforce.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agents: {
                                absent: boolean;
                                agentId: string;
                                /** @enum {string} */
                                expected: "online" | "break" | "off";
                                inAdherence: boolean;
                                localDate: string;
                                name: string;
                                since: string | null;
                                /** @enum {string} */
                                status: "online" | "away" | "offline";
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/schedules/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An operator’s weekly schedule (null when none); an agent reads their own
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agentId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schedule: components["schemas"]["WeeklySchedule"] | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set an operator’s weekly schedule: one shift per weekday with planned breaks
         * @description Shifts end after they start on the same day; breaks lie inside their shift and do not overlap.
         *
         *     Staff with `workforce.manage`: owner, admin, supervisor.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agentId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WeeklyScheduleInput"];
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schedule: components["schemas"]["WeeklySchedule"];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Utilisation band targets
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bands: {
                                over: number;
                                right: number;
                                under: number;
                            };
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Set the utilisation band targets (over > right > under)
         * @description Staff with `routing.manage`: owner, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bands: {
                            over: number;
                            right: number;
                            under: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bands: {
                                over: number;
                                right: number;
                                under: number;
                            };
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/staffing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agents needed for a service level: Erlang C, or Erlang A when patience is given
         * @description With concurrency c each agent serves c contacts at once. Service level (Erlang A) = share of all contacts answered within targetSeconds; abandoning counts as missed.
         *
         *     Staff with `workforce.read`: owner, admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        concurrency?: number;
                        contactsPerHour: number;
                        handleSeconds: number;
                        patienceSeconds?: number;
                        targetSeconds: number;
                        targetServiceLevel: number;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abandonRate?: number;
                            agents: number;
                            averageWaitSeconds: number;
                            /** @enum {string} */
                            model: "erlang_c" | "erlang_a";
                            occupancy: number;
                            serviceLevel: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/status-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status changes (online, away, offline, with their reason), newest first, paged
         * @description Each status lasts from `start` until `end`, the operator’s next change (null while it lasts). An agent sees their own.
         *
         *     Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: {
                    agentId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                agentId: string;
                                end: string | null;
                                id: string;
                                reason: string | null;
                                start: string;
                                /** @enum {string} */
                                status: "online" | "away" | "offline";
                            }[];
                            /** @description Pass as `cursor` for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/team-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per team: utilisation, occupancy, handle time and conversations over a period
         * @description Pooled over the members: utilisation = busy ÷ logged-in minutes, occupancy = busy ÷ logged-in minutes while online; handle time is the median over the members’ resolved conversations.
         *
         *     Staff with `workforce.read`: owner, admin, supervisor.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teams: {
                                /** @description Members who worked in the period */
                                activeMembers: number;
                                conversations: number;
                                handleSeconds: {
                                    median: number;
                                } | null;
                                members: number;
                                name: string;
                                occupancy: number | null;
                                teamId: string;
                                utilisation: number | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams and their members
         * @description Staff with `conversation.read`: owner, admin, supervisor, agent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teams: components["schemas"]["Team"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a team (names are unique in a tenant)
         * @description Staff with `workforce.manage`: owner, admin, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a team (its members stay)
         * @description Staff with `workforce.manage`: owner, admin, supervisor.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    teamId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/workforce/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a team’s members (replaces them)
         * @description Staff with `workforce.manage`: owner, admin, supervisor.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    teamId: string;
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agentIds: string[];
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `forbidden`: the caller’s role does not allow it */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether operators are working now; outside hours the widget offers the inquiry form
         * @description Public: no credentials.
         */
        get: {
            parameters: {
                query?: {
                    queueId?: string;
                };
                header?: never;
                path: {
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The after-hours inquiry form */
                            formUrl: string;
                            isOpen: boolean;
                            /** @description When operators are next available (ISO 8601 UTC) */
                            nextOpenAt?: string;
                            /** @description How many operators are online now (0: offer the inquiry form) */
                            operatorsOnline: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the widget shows before the first message
         * @description Rate-limited per widget key, client address and conversation: 429 with `Retry-After` (seconds).
         *
         *     Public: no credentials.
         */
        get: {
            parameters: {
                query?: {
                    language?: "ja" | "en" | "ko" | "zh";
                };
                header?: never;
                path: {
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            greeting: string | null;
                            name: string;
                            triggers: components["schemas"]["WidgetTrigger"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a conversation from the web chat widget
         * @description Rate-limited per widget key, client address and conversation: 429 with `Retry-After` (seconds).
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact?: {
                            /** Format: email */
                            email?: string;
                            /** @description HMAC-SHA256 (hex) of the lower-cased `email` with the same secret; without it the email is kept but not counted as verified */
                            emailHash?: string;
                            externalId?: string;
                            name?: string;
                            /** @description HMAC-SHA256 (hex) of `externalId` with the tenant’s identity secret, computed by the tenant’s server; without a valid one the id is ignored and the visitor stays anonymous */
                            userHash?: string;
                        };
                        /** @enum {string} */
                        language?: "ja" | "en" | "ko" | "zh";
                        /** @description The proactive widget trigger whose bubble the visitor opened: its message is recorded as the bot’s first */
                        triggerId?: string;
                        /** @description The widget’s visitor id: the visitor’s day counts as one with a chat */
                        visitorId?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversationId: string;
                            customerToken: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files of the customer’s conversation (both ways)
         * @description The customer: the `customerToken` of the conversation.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: string;
                                messageId: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Send a file from the chat widget
         * @description Stored with a customer message noting it; staff download it from the console. Up to 5 MB, of the listed types (415 otherwise). A repeated clientMessageId stores the file once.
         *
         *     The customer: the `customerToken` of the conversation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientMessageId?: string;
                        /** @description image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/csv, .docx or .xlsx */
                        contentType: string;
                        /** @description The file, base64 (up to 5 MB decoded) */
                        data: string;
                        filename: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: {
                                filename: string;
                                id: string;
                                size: number;
                            };
                            message: components["schemas"]["Message"];
                            replies: components["schemas"]["Message"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file of the customer’s conversation (always as a download)
         * @description The customer: the `customerToken` of the conversation.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer asks to be called back within a time window
         * @description The phone number may be written as people do (090-1234-5678, +1 415 555 0100); numbers without a country code are read as Japanese. A window that has ended, ends before it starts, starts more than 30 days ahead or lasts over 7 days is refused with 400.
         *
         *     The customer: the `customerToken` of the conversation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        phone: string;
                        /** @description ISO 8601 with an offset, e.g. 2026-12-08T14:00:00+09:00 */
                        windowEnd: string;
                        /** @description ISO 8601 with an offset, e.g. 2026-12-08T14:00:00+09:00 */
                        windowStart: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Callback"];
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A purchase after the chat (for conversion rates, bot vs human)
         * @description One per orderId: a repeated orderId is accepted and counted once.
         *
         *     The customer: the `customerToken` of the conversation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency: string;
                        orderId?: string;
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer rates the conversation (1–5, with an optional comment)
         * @description A later rating of the same conversation replaces the earlier one.
         *
         *     The customer: the `customerToken` of the conversation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        score: number;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversation’s messages, optionally only those after a given message
         * @description Rate-limited per widget key, client address and conversation: 429 with `Retry-After` (seconds).
         *
         *     The customer: the `customerToken` of the conversation.
         */
        get: {
            parameters: {
                query?: {
                    after?: string;
                };
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Who is answering, once an agent is assigned */
                            assigneeName: string | null;
                            messages: components["schemas"]["Message"][];
                            /** @enum {string} */
                            status: "bot" | "queued" | "assigned" | "resolved";
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Send a customer message; the bot’s answers come back in `replies`
         * @description A repeated clientMessageId returns the first result and stores nothing new. Rate-limited per widget key, client address and conversation: 429 with `Retry-After` (seconds).
         *
         *     The customer: the `customerToken` of the conversation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientMessageId?: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: components["schemas"]["Message"];
                            replies: components["schemas"]["Message"][];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversations/{id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email the whole conversation to the customer’s verified address
         * @description Only to the address the conversation has verified (mail from it, an email signed by the tenant’s server, a confirmed form); `email`, when given, must be that address (else 403). Asking again without new messages sends nothing new. Rate-limited per conversation, contact, client address and tenant: 429 with `Retry-After`.
         *
         *     The customer: the `customerToken` of the conversation.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            queued: true;
                            to: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `unauthorized`: no valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A purchase by a widget visitor, with or without a chat (the no-chat conversion rate)
         * @description One per orderId (a repeat is accepted and counted once). It counts as a purchase without a chat unless the visitor started a conversation that local date. A purchase after a chat is also reported on its conversation.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency: string;
                        orderId?: string;
                        value: number;
                        visitorId: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the inquiry form: the address gets a confirmation link first
         * @description Nothing but a confirmation link (in the system’s own words) is mailed to the address until it is followed; then the inquiry reaches the conversation and is answered by email. Rate-limited per widget key, client address and recipient: 429 with `Retry-After`.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        language?: "ja" | "en" | "ko" | "zh";
                        name: string;
                        subject?: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description A confirmation link was mailed to `email`
                             * @constant
                             */
                            confirmation: "sent";
                            conversationId: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/triggers/{triggerId}/show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask whether a proactive trigger may show its bubble now
         * @description The widget asks when a rule it armed is due. The server checks the page URL, the rule's quiet hours (the tenant's time zone) and the visitor's limit; a yes counts as one show. Rate-limited per widget key, client address and conversation: 429 with `Retry-After` (seconds).
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    triggerId: string;
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        /** @description A random id the widget keeps in the site’s own storage */
                        visitorId: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message?: {
                                en?: string;
                                ja?: string;
                            };
                            /**
                             * @description Why not: no such enabled rule, the URL does not fit, quiet hours, the limit
                             * @enum {string}
                             */
                            reason?: "unknown" | "url" | "quiet_hours" | "limit";
                            show: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/widget/{widgetKey}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A page view with the widget loaded (for the no-chat conversion rate)
         * @description Counted once per visitor and local date (the tenant’s time zone); a repeat is accepted and changes nothing.
         *
         *     Public: no credentials.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    widgetKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        visitorId: string;
                    };
                };
            };
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: boolean;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demo/shop/orders/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Demo shop: an order’s status (orders 1001–1003)
         * @description Public: no credentials.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Another client error (`conflict`, `payload_too_large`, …) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eta: string;
                            number: string;
                            status: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the input is malformed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `not_found`: an unknown id, or one of another tenant */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description `too_many_requests`: over a rate limit; see the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgentDay: {
            /** @description Of it, time in the scheduled state */
            adheredSeconds: number;
            /** @description adheredSeconds ÷ scheduledSeconds; null unscheduled */
            adherence: number | null;
            agentId: string;
            dayEnd: string;
            dayStart: string;
            name: string;
            outOfAdherence: {
                /** @enum {string} */
                actual: "online" | "away" | "offline";
                end: string;
                /** @enum {string} */
                expected: "online" | "break";
                start: string;
            }[];
            planned: {
                end: string;
                /** @enum {string} */
                expected: "online" | "break";
                reason: string | null;
                start: string;
            }[];
            /** @description Scheduled time so far (the whole day once it is over) */
            scheduledSeconds: number;
            timeline: {
                end: string;
                reason: string | null;
                start: string;
                /** @enum {string} */
                status: "online" | "away" | "offline";
            }[];
            timeZone: string;
        };
        AgentUtilisation: {
            activeMinutes: number;
            agentId: string;
            /** @enum {string} */
            band: "over" | "right" | "under";
            busyMinutes: number;
            handledConversations: number;
            handleSeconds: {
                median: number;
            } | null;
            idleMinutes: number;
            /** @description Minutes the console reported */
            loggedInMinutes: number;
            name: string;
            /** @description Busy minutes ÷ logged-in minutes while online (available); null without any */
            occupancy: number | null;
            /** @description Logged-in minutes with the status online */
            onlineMinutes: number;
            /** @description Busy minutes ÷ logged-in minutes (0..1) */
            utilisation: number;
        };
        AnalyticsSummary: {
            /** @description Handed off and closed before any human answered */
            abandoned: number;
            abandonmentRate: number;
            answered: number;
            botAnswers: number;
            /** @description Conversations never handed to a human */
            botResolved: number;
            byAgent: {
                abandoned: number;
                answered: number;
                assigned: number;
                conversations: number;
                csatAverage: number | null;
                firstResponseSecondsAverage: number | null;
                handedOff: number;
                handleSecondsAverage: number | null;
                /** @description The agent or queue id, or the category */
                key: string;
                /** @description The agent’s or queue’s name */
                name: string | null;
                resolved: number;
                transfers: number;
            }[];
            byCategory: {
                abandoned: number;
                answered: number;
                assigned: number;
                conversations: number;
                csatAverage: number | null;
                firstResponseSecondsAverage: number | null;
                handedOff: number;
                handleSecondsAverage: number | null;
                /** @description The agent or queue id, or the category */
                key: string;
                /** @description The agent’s or queue’s name */
                name: string | null;
                resolved: number;
                transfers: number;
            }[];
            byChannel: {
                [key: string]: number;
            };
            byDay: {
                abandoned: number;
                answered: number;
                botResolved: number;
                conversations: number;
                csatAverage: number | null;
                date: string;
                handedOff: number;
            }[];
            /** @description Conversations per local hour (tenant time zone) */
            byHour: number[];
            byQueue: {
                abandoned: number;
                answered: number;
                assigned: number;
                conversations: number;
                csatAverage: number | null;
                firstResponseSecondsAverage: number | null;
                handedOff: number;
                handleSecondsAverage: number | null;
                /** @description The agent or queue id, or the category */
                key: string;
                /** @description The agent’s or queue’s name */
                name: string | null;
                resolved: number;
                transfers: number;
            }[];
            /** @description Per team (key: the team id): the counts of its members now, summed */
            byTeam: {
                abandoned: number;
                answered: number;
                assigned: number;
                conversations: number;
                csatAverage: number | null;
                firstResponseSecondsAverage: number | null;
                handedOff: number;
                handleSecondsAverage: number | null;
                /** @description The agent or queue id, or the category */
                key: string;
                /** @description The agent’s or queue’s name */
                name: string | null;
                resolved: number;
                transfers: number;
            }[];
            /** @description Analysed calls (none when a chat channel is asked for) */
            calls: {
                /** @description Call recordings analysed, made in the range */
                analysed: number;
                byAgent: {
                    calls: number;
                    durationSeconds: number;
                    /** @description The agent id, or the local date */
                    key: string;
                    talkSeconds: number;
                }[];
                byDay: {
                    calls: number;
                    durationSeconds: number;
                    /** @description The agent id, or the local date */
                    key: string;
                    talkSeconds: number;
                }[];
                durationSeconds: number;
                /** @description Agent and customer speech, summed */
                talkSeconds: number;
            };
            /** @description botResolved ÷ conversations */
            containmentRate: number;
            conversations: number;
            conversion: {
                botConversions: number;
                botRate: number;
                conversions: number;
                humanConversions: number;
                humanRate: number;
                /** @description Purchases reported by visitor id on a visitor day without a chat */
                noChatConversions: number;
                /** @description noChatConversions ÷ visitorsWithoutChat */
                noChatRate: number;
                noChatValue: number;
                value: number;
                valuePerChat: number;
                /** @description Widget visitor days (a visitor on a local date) first seen in the range */
                visitors: number;
                /** @description Visitor days without a conversation started */
                visitorsWithoutChat: number;
            };
            csat: {
                average: number;
                count: number;
            } | null;
            /** @description First response time with time outside opening hours and holidays left out (the queue’s hours, else the tenant’s) */
            firstResponseBusinessSeconds: {
                median: number;
                p90: number;
            } | null;
            firstResponseSeconds: {
                median: number;
                p90: number;
            } | null;
            handedOff: number;
            /** @description Handle time with time outside opening hours and holidays left out */
            handleBusinessSeconds: {
                median: number;
            } | null;
            handleSeconds: {
                median: number;
            } | null;
            resolved: number;
            /** @description 応答率: handed off and answered by a human ÷ handed off */
            responseRate: number;
            roi: {
                botResolved: number;
                costPerContact: number;
                currency: string;
                saved: number;
            } | null;
            /** @description Answered within the first-reply SLA ÷ answered */
            slaMetRate: number;
            timeZone: string;
            transfers: number;
        };
        ApiToken: {
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            scopes: string[];
        };
        Call: {
            /** @enum {string} */
            agentChannel: "left" | "right";
            agentId: string | null;
            createdAt: string;
            durationSeconds: number | null;
            failure: {
                message: string;
                /** @description not_audio, too_long, silent or error */
                reason: string;
            } | null;
            filename: string;
            /** @description The quality scanner over the transcript, with the same rules as chat */
            findings?: {
                /** @description Seconds from the start where the segment begins */
                at: number;
                end: number;
                rule: string;
                /** @description Index into transcript */
                segment: number;
                /** @enum {string} */
                severity: "low" | "medium" | "high";
                /** @description UTF-16 offset into that segment’s text */
                start: number;
                text: string;
            }[];
            id: string;
            keywords?: string[];
            longestMonologue: {
                end: number;
                /** @enum {string} */
                speaker: "agent" | "customer";
                start: number;
            } | null;
            /** @description Both speaking for at least 1 s; the interrupter started last */
            overlaps: {
                end: number;
                /** @enum {string} */
                interrupter: "agent" | "customer";
                start: number;
            }[];
            responseGaps: {
                agentStart: number;
                customerEnd: number;
                seconds: number;
            }[];
            responseGapSeconds: {
                median: number;
            } | null;
            /** @description Nobody speaking for at least 3 s */
            silences: {
                end: number;
                start: number;
            }[];
            speech: {
                agent: {
                    end: number;
                    start: number;
                }[];
                customer: {
                    end: number;
                    start: number;
                }[];
            } | null;
            /** @description Characters per minute of talk */
            speechRate?: {
                agent: number | null;
                customer: number | null;
            };
            /** @enum {string} */
            status: "processing" | "ready" | "failed";
            summary?: string;
            /** @description Seconds */
            talk: {
                agent: number;
                customer: number;
            } | null;
            /** @description The agent’s share of the talk, 0–1 */
            talkRatio: number | null;
            transcript?: {
                end: number;
                /** @enum {string} */
                speaker: "agent" | "customer";
                start: number;
                text: string;
            }[];
            turns: number | null;
        };
        Callback: {
            assigneeId: string | null;
            /** @description Calls made so far */
            attempts: number;
            channel: string;
            closedAt: string | null;
            contactId: string;
            conversationId: string;
            createdAt: string;
            id: string;
            language: string | null;
            note: string | null;
            /** @description E.164 */
            phone: string;
            queueId: string | null;
            /** @enum {string} */
            status: "open" | "claimed" | "completed" | "no_answer";
            updatedAt: string;
            /** @description ISO 8601 UTC */
            windowEnd: string;
            /** @description ISO 8601 UTC */
            windowStart: string;
        };
        CannedResponse: {
            id: string;
            shortcut: string;
            text: string;
            title: string;
            updatedAt: string;
        };
        Channel: {
            address: string | null;
            apiBase: string | null;
            createdAt: string;
            /** @description LINE: a group or room chat is its own conversation, or ignored */
            groups: ("conversation" | "ignore") | null;
            id: string;
            /** @enum {string} */
            type: "email" | "line" | "telegram";
            verification: components["schemas"]["ChannelVerification"];
            /** @description Where the platform must send its webhooks */
            webhookUrl: string | null;
        };
        ChannelOutput: {
            address: string | null;
            apiBase: string | null;
            createdAt: string;
            /** @description LINE: a group or room chat is its own conversation, or ignored */
            groups: ("conversation" | "ignore") | null;
            id: string;
            /** @enum {string} */
            type: "email" | "line" | "telegram";
            verification: components["schemas"]["ChannelVerification"];
            /** @description Where the platform must send its webhooks */
            webhookUrl: string | null;
        };
        ChannelVerification: {
            /** @description Publish this TXT record on the domain, then ask for a DNS check */
            dnsRecord: {
                name: string;
                /** @constant */
                type: "TXT";
                value: string;
            } | null;
            method: ("dns" | "mail" | "installation") | null;
            /**
             * @description An email address takes mail only once verified
             * @enum {string}
             */
            status: "verified" | "pending";
            verifiedAt: string | null;
        };
        Contact: {
            attributes: {
                [key: string]: string | number;
            };
            createdAt: string;
            email: string | null;
            emailVerified: boolean;
            /** @description The tenant’s own customer id */
            externalId: string | null;
            id: string;
            name: string | null;
            /** @description E.164, e.g. +819012345678 */
            phone: string | null;
            updatedAt: string | null;
        };
        Conversation: {
            assigneeId: string | null;
            channel: string;
            contactName: string | null;
            createdAt: string;
            id: string;
            language: string | null;
            lastMessage: {
                author: string;
                createdAt: string;
                text: string;
            } | null;
            /** @enum {string} */
            status: "bot" | "queued" | "assigned" | "resolved";
            updatedAt: string;
        };
        DeliveryState: {
            attempts: number;
            /** @description Why the last attempt failed (pending or failed) */
            error: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            /** @description When it was sent, or when it is next tried */
            updatedAt: string;
        } | null;
        Error: {
            error: {
                /** @description snake_case machine-readable code */
                code: string;
                /** @description Human-readable explanation */
                message: string;
            };
        };
        Finding: {
            /** @description UTF-16 offset, exclusive */
            end: number;
            messageId?: string;
            /** @description ng_word, escalation, anger, … */
            rule: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @description UTF-16 offset into the text */
            start: number;
            /** @description The span itself */
            text: string;
        };
        Flow: {
            createdAt: string;
            id: string;
            name: string;
            steps: {
                [key: string]: unknown;
            }[];
            trigger: {
                faqId?: string;
                intent?: string;
                keyword?: string;
            };
            version: number;
            versions: number[];
        };
        InboxItem: {
            assigneeId: string | null;
            assigneeName: string | null;
            category: string | null;
            channel: string;
            contactName: string | null;
            createdAt: string;
            firstReplyAt: string | null;
            id: string;
            language: string | null;
            lastMessage: {
                author: string;
                createdAt: string;
                text: string;
            } | null;
            priority: number;
            queuedAt: string | null;
            queueId: string | null;
            /** @description When the first human reply is due */
            slaDueAt: string | null;
            /** @enum {string} */
            status: "bot" | "queued" | "assigned" | "resolved";
            tags: string[];
            /** @description Messages since I last read it */
            unread: number;
            updatedAt: string;
        };
        Message: {
            /** @enum {string} */
            author: "customer" | "bot" | "agent" | "system";
            /** @description The agent’s display name, when an agent wrote it */
            authorName: string | null;
            /** @description Quick replies the bot offers */
            buttons?: {
                label: string;
                text: string;
            }[];
            /** @description The idempotency key the customer sent */
            clientMessageId?: string;
            conversationId: string;
            /** @description ISO 8601 UTC */
            createdAt: string;
            id: string;
            text: string;
        };
        Note: {
            authorId: string | null;
            authorName: string | null;
            conversationId: string;
            createdAt: string;
            id: string;
            text: string;
        };
        Outsourcer: {
            createdAt: string;
            id: string;
            members: {
                email: string;
                name: string;
                /** @enum {string} */
                role: "admin" | "supervisor" | "agent" | "annotator";
                userId: string;
            }[];
            name: string;
            tenantIds: string[];
        };
        ProactiveOutcome: {
            channel?: string;
            conversationId?: string;
            messageId?: string;
            reason?: string;
            sendAt?: string;
            /** @enum {string} */
            status: "sent" | "deferred" | "skipped" | "no_contact";
            text?: string;
        };
        ProactiveRule: {
            dailyLimit: number;
            eventType: string;
            quietHours: {
                end: string;
                start: string;
            } | null;
            template: string;
            updatedAt: string;
        };
        Queue: {
            businessHours: {
                [key: string]: {
                    close: string;
                    open: string;
                }[];
            } | null;
            createdAt: string;
            id: string;
            isDefault: boolean;
            languages: string[];
            name: string;
            overflowAfterSeconds: number | null;
            overflowQueueId: string | null;
            skills: string[];
            slaFirstReplySeconds: number | null;
        };
        ReviewItem: {
            /** @description The operator concerned, when known */
            agentId: string | null;
            /** @description The latest finding (a conversation) or the upload (a call) */
            at: string;
            findings: {
                end: number;
                /** @description A chat finding’s message */
                messageId: string | null;
                rule: string;
                /** @description Where that segment starts in the recording */
                second: number | null;
                /** @description A call finding’s transcript segment */
                segment: number | null;
                /** @enum {string} */
                severity: "low" | "medium" | "high";
                /** @description UTF-16 offset into the message or segment text */
                start: number;
                text: string;
            }[];
            /** @description The conversation or the call in this API */
            href: string;
            /** @description The conversation’s or the call’s id */
            id: string;
            /** @enum {string} */
            kind: "conversation" | "call";
            risk: number;
        };
        StaffMessage: {
            /** @enum {string} */
            author: "customer" | "bot" | "agent" | "system";
            /** @description The agent’s display name, when an agent wrote it */
            authorName: string | null;
            /** @description Quick replies the bot offers */
            buttons?: {
                label: string;
                text: string;
            }[];
            /** @description The idempotency key the customer sent */
            clientMessageId?: string;
            conversationId: string;
            /** @description ISO 8601 UTC */
            createdAt: string;
            /** @description LINE, Telegram and email messages to the customer: pending, sent or failed with the reason */
            delivery?: components["schemas"]["DeliveryState"];
            id: string;
            text: string;
        };
        StoredFinding: {
            /** @description The operator the finding concerns */
            agentId: string | null;
            /** @description Who wrote the message: agent or customer */
            author: string;
            conversationId: string;
            createdAt: string;
            end: number;
            id: string;
            messageId: string;
            rule: string;
            /** @description The operator was warned before sending and sent it */
            sentDespiteWarning: boolean;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @description UTF-16 offset into the message text */
            start: number;
            text: string;
        };
        Team: {
            id: string;
            memberIds: string[];
            name: string;
        };
        Webhook: {
            createdAt: string;
            events: string[];
            id: string;
            url: string;
        };
        WebhookDelivery: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            event: string;
            id: string;
            lastError: string | null;
            nextAttemptAt: string | null;
            payload: unknown;
            replayOf: string | null;
            responseStatus: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            webhookId: string;
        };
        WeeklySchedule: {
            shifts: {
                /** @default [] */
                breaks: {
                    end: string;
                    reason?: string;
                    start: string;
                }[];
                end: string;
                start: string;
                /** @description 1 = Monday … 7 = Sunday */
                weekday: number;
            }[];
            /** @description IANA time zone of the times, e.g. Asia/Tokyo */
            timeZone: string;
        };
        WeeklyScheduleInput: {
            shifts: {
                /** @default [] */
                breaks: {
                    end: string;
                    reason?: string;
                    start: string;
                }[];
                end: string;
                start: string;
                /** @description 1 = Monday … 7 = Sunday */
                weekday: number;
            }[];
            /** @description IANA time zone of the times, e.g. Asia/Tokyo */
            timeZone: string;
        };
        WidgetTrigger: {
            /** @default true */
            enabled: boolean;
            id: string;
            message: {
                en?: string;
                ja?: string;
            };
            /** @description Local times (the tenant’s time zone, routing settings) when the rule never shows; start after end spans midnight */
            quietHours?: {
                end: string;
                start: string;
            };
            /** @description Per visitor: at most `perDay` shows a day (the tenant’s day; default 1), or `once` ever */
            visitorLimit?: {
                once?: boolean;
                perDay?: number;
            };
            when: {
                returningVisitor?: boolean;
                secondsOnPage?: number;
                /** @description The page URL: a prefix, or a glob where * is any run of characters. Starting with / it is matched against the path and query, with http(s):// against the whole URL */
                url?: {
                    /** @enum {string} */
                    match: "prefix" | "glob";
                    pattern: string;
                };
                urlContains?: string;
            };
        };
        WidgetTriggerInput: {
            /** @default true */
            enabled: boolean;
            id: string;
            message: {
                en?: string;
                ja?: string;
            };
            /** @description Local times (the tenant’s time zone, routing settings) when the rule never shows; start after end spans midnight */
            quietHours?: {
                end: string;
                start: string;
            };
            /** @description Per visitor: at most `perDay` shows a day (the tenant’s day; default 1), or `once` ever */
            visitorLimit?: {
                once?: boolean;
                perDay?: number;
            };
            when: {
                returningVisitor?: boolean;
                secondsOnPage?: number;
                /** @description The page URL: a prefix, or a glob where * is any run of characters. Starting with / it is matched against the path and query, with http(s):// against the whole URL */
                url?: {
                    /** @enum {string} */
                    match: "prefix" | "glob";
                    pattern: string;
                };
                urlContains?: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
