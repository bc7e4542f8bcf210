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
         * @description Repeated wrong passwords for one account or address are throttled with 429.
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
                /** @description Client error */
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
                        };
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
        /** Revoke the current token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Client error */
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
        /** The logged-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Client error */
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
                /** @description Client error */
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
                /** @description Client error */
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
            };
        };
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
        /** Verify a personalised link; 401 when forged or expired */
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
                /** @description Client error */
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
            };
        };
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
        get?: never;
        put?: never;
        /** Create a tenant (installation owner) */
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
                /** @description Client error */
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
        /** Set an agent’s skills, languages, level and capacity */
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
                /** @description Client error */
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
            };
        };
        post?: never;
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
        /** Set my presence; going online pulls waiting conversations */
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
                        /** @enum {string} */
                        status: "online" | "away" | "offline";
                    };
                };
            };
            responses: {
                /** @description Client error */
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
            };
        };
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
        /** List API tokens (never their values) */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /**
         * Create an API token for an integration
         * @description The token is returned once and stored only as a hash. Use it as `Authorization: Bearer <token>`; anything outside its scopes is refused with 403.
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
                /** @description Client error */
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
        /** Revoke an API token (it is refused with 401 from then on) */
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
                /** @description Client error */
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
        /** Download an attachment (always as a download, never rendered) */
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
                /** @description Client error */
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
    "/api/v1/tenants/{tenantId}/banned-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Words that trigger a warning before sending: built-in and the tenant’s own */
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
                /** @description Client error */
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
            };
        };
        /** Replace the tenant’s own banned words */
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
                /** @description Client error */
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
            };
        };
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
        /** Calls, newest first (an agent sees their own) */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /**
         * Upload a call recording for analysis
         * @description multipart/form-data: `recording` (WAV, MP3 or OGG), `agentChannel` (`left`|`right`, the agent’s side of a stereo call; mono calls are split by speaker) and `agentId` (an agent of the tenant; an agent uploading is credited by default). Answers at once; the call is `processing` until its analysis is `ready` or `failed`.
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
                /** @description Client error */
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
        /** A call: its status and, once ready, its figures and transcript */
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
                /** @description Client error */
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
        /** The recording as uploaded (audio bytes) */
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
                /** @description Client error */
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
        /** Call figures per operator over a period (supervisor) */
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
                /** @description Client error */
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
                                name: string | null;
                                responseGapSeconds: number | null;
                                talkRatio: number | null;
                                talkSeconds: number;
                            }[];
                        };
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
        /** Canned responses */
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
                /** @description Client error */
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
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a canned response */
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
                /** @description Client error */
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
        /** Change a canned response */
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
                /** @description Client error */
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
            };
        };
        post?: never;
        /** Delete a canned response */
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
                /** @description Client error */
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
        /** The tenant’s channel settings */
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
                /** @description Client error */
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
            };
        };
        /** Change the tenant’s channel settings */
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
                /** @description Client error */
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
        /** List the tenant’s channels (without secrets) */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /**
         * Connect a channel (email address, LINE or Telegram bot)
         * @description Secrets are stored encrypted and never returned. For Telegram without `secretToken`, a generated one is returned once: pass it to setWebhook.
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
                /** @description Client error */
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
                            webhookUrl?: string;
                        };
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
        /** Mark a contact as VIP (served first) */
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
                /** @description Client error */
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
            };
        };
        post?: never;
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
        /** List conversations (newest activity first) */
        get: {
            parameters: {
                query?: {
                    assignee?: "me" | string;
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
                /** @description Client error */
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
                        };
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
        /** A conversation with its messages and handoff card */
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
                /** @description Client error */
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
                            conversation: components["schemas"]["Conversation"];
                            handoff: {
                                botAnswers: string[];
                                entities: {
                                    type: string;
                                    value: string;
                                }[];
                                intent: string | null;
                                keywords: string[];
                                language: string | null;
                                /** @enum {string} */
                                reason: "requested" | "low_confidence";
                                /** @enum {string} */
                                sentiment: "positive" | "neutral" | "negative";
                                summary: string;
                                /** @description What a bot flow collected before handing over */
                                variables?: {
                                    [key: string]: string;
                                };
                            } | null;
                            messages: components["schemas"]["Message"][];
                        };
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
                /** @description Client error */
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
        /** Assign a conversation (to myself when agentId is absent) */
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
                /** @description Client error */
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
        /** Files the customer sent in a conversation (metadata) */
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
                /** @description Client error */
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
    "/api/v1/tenants/{tenantId}/conversations/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff-only side of a conversation: notes, tags, category, wrap-up, customer panel */
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
                /** @description Client error */
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
        /** Hand the conversation back to the bot */
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
                /** @description Client error */
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
        /** Set tags and category */
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
                /** @description Client error */
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
        /** Reply as an agent; the customer sees it at once */
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
                /** @description Client error */
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
        /** Add an internal note (never shown to the customer) */
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
                /** @description Client error */
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
        /** Mark the conversation read up to its latest message */
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
                /** @description Client error */
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
        /** Resolve a conversation */
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
                /** @description Client error */
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
        /** Knowledge-base answers for the customer’s last message */
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
                /** @description Client error */
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
        /** Transfer to another agent or queue, with an internal note */
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
                /** @description Client error */
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
        /** Store the wrap-up (category and summary) with the conversation */
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
                /** @description Client error */
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
        /** A drafted wrap-up (category and summary) from the handoff card and the conversation */
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
                /** @description Client error */
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
                /** @description Client error */
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
            };
        };
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
        /** List the FAQ */
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
                /** @description Client error */
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
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a FAQ entry (answered by the bot at once) */
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
                /** @description Client error */
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
        /** Edit a FAQ entry (answered in its new form at once) */
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
                /** @description Client error */
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
            };
        };
        post?: never;
        /** Delete a FAQ entry */
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
                /** @description Client error */
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
                /** @description Client error */
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
        /** List bot flows (latest versions) */
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
                /** @description Client error */
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
        /** A bot flow (the latest version, or `?version=`) */
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
                /** @description Client error */
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
            };
        };
        /**
         * Save a bot flow (each save is a new version)
         * @description Steps: `message` (`text`, optional `buttons: [{label, next?}]`), `question` (`text`, `variable`, `kind`: `order_number` | `email` | `date` | `text`, `invalidText?`), `condition` (`variable`, `equals?` or `matches?`, `ifTrue`, `ifFalse`), `skill` (`method`, `url`, `headers?`, `body?` with `{{variable}}`, `timeoutMs`, `retries`, `map: {variable: "json.path"}`, `reply?`, `errorText?`, `onError?`), `handoff` (`text?`) and `end` (`text?`). Each step goes to `next`, else the one after it. Skill header values are stored encrypted and come back as `********`; sending that back keeps the stored value.
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
                /** @description Client error */
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
            };
        };
        post?: never;
        /** Delete a bot flow (all its versions) */
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
                /** @description Client error */
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
        /** Try a flow: one turn from a state (or the start); skills are called, nothing is stored */
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
                /** @description Client error */
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
        /** The console’s conversation list: filters, search, unread counts and SLA due times */
        get: {
            parameters: {
                query?: {
                    channel?: string;
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
                /** @description Client error */
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
                        };
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
                /** @description Client error */
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
                /** @description Client error */
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
            };
        };
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
        /** Find inappropriate or banned words in a reply before it is sent */
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
                /** @description Client error */
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
         * @description `intent` is null when no intents are trained or the text is out of scope. `faq` is the closest entry with why it matched; `decision` is what the bot would do with it.
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
                /** @description Client error */
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
                            tokens: string[];
                        };
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
                /** @description Client error */
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
        /** List the rules of proactive messages */
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
                /** @description Client error */
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
                /** @description Client error */
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
            };
        };
        post?: never;
        /** Delete a rule of proactive messages */
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
                /** @description Client error */
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
            };
        };
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
        /** List queues */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /** Create a queue (skills agents need, languages it serves, SLA, overflow, hours) */
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
                /** @description Client error */
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
        /** Change a queue */
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
                /** @description Client error */
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
            };
        };
        post?: never;
        /** Delete a queue (not the default): conversations waiting in it move to the default queue */
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
                /** @description Client error */
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
            };
        };
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
        /** Business hours, holidays, SLA target and the away grace period */
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
                /** @description Client error */
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
            };
        };
        /** Change business hours, holidays, SLA target or the away grace period */
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
                /** @description Client error */
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
        /** Queues with waiting times and SLA state; every agent’s status and load */
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
                /** @description Client error */
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
        /** Tags in use */
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
                /** @description Client error */
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
        /** Questions the bot could not answer, newest first */
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
                /** @description Client error */
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
                            questions: {
                                conversationId: string | null;
                                createdAt: string;
                                id: string;
                                language: string | null;
                                text: string;
                            }[];
                        };
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
        /** Add an unanswered question as another phrasing of a FAQ entry */
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
                /** @description Client error */
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
        /** Remove an unanswered question from the list */
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
                /** @description Client error */
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
        /** Add an unanswered question as a new FAQ entry */
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
                /** @description Client error */
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
        /** List the tenant’s users with their presence */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /** Create a user in a tenant (owner or the tenant’s admin) */
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
                /** @description Client error */
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
            };
        };
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
        /** List webhooks */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /**
         * Subscribe a URL to domain events
         * @description Each delivery is a POST of `{id, type, tenantId, createdAt, data}` with `X-Tsunagi-Signature`: the lowercase hex HMAC-SHA256 of the raw body, keyed with the returned secret (shown once). Also `X-Tsunagi-Event` and `X-Tsunagi-Delivery`. Any 2xx acknowledges; 5xx, 408, 429, timeouts and network errors are retried with exponential back-off; deliveries of one conversation are sent in order. Private, loopback and link-local addresses are refused unless the host is in OUTBOUND_ALLOW_HOSTS.
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
                        events: ("message.created" | "conversation.updated" | "note.created" | "agent.status_changed" | "faq.changed" | "intents.trained")[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Client error */
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
        /** Delete a webhook; its pending deliveries are dropped */
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
                /** @description Client error */
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
        /** A webhook's delivery log, newest first */
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
                /** @description Client error */
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
        /** Send a past delivery again (as a new delivery with the same body) */
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
                /** @description Client error */
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
            };
        };
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
        /** Whether operators are working now; outside hours the widget offers the inquiry form */
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
                /** @description Client error */
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
        /** What the widget shows before the first message */
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
                /** @description Client error */
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
                        };
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
        /** Start a conversation from the web chat widget */
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
                            externalId?: string;
                            name?: string;
                        };
                        /** @enum {string} */
                        language?: "ja" | "en" | "ko" | "zh";
                    };
                };
            };
            responses: {
                /** @description Client error */
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
        /** The conversation’s messages, optionally only those after a given message */
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
                /** @description Client error */
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
            };
        };
        put?: never;
        /**
         * Send a customer message; the bot’s answers come back in `replies`
         * @description A repeated clientMessageId returns the first result and stores nothing new.
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
                /** @description Client error */
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
         * Email the whole conversation to the customer
         * @description To `email`, or the contact’s address. Asking again without new messages sends nothing new.
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
                /** @description Client error */
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
        /** Send the inquiry form: opens a conversation answered by email */
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
                /** @description Client error */
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
                        };
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
        /** Demo shop: an order’s status (orders 1001–1003) */
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
                /** @description Client error */
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
            id: string;
            /** @enum {string} */
            type: "email" | "line" | "telegram";
            /** @description Where the platform must send its webhooks */
            webhookUrl: string | null;
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
        Error: {
            error: {
                /** @description snake_case machine-readable code */
                code: string;
                /** @description Human-readable explanation */
                message: string;
            };
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
