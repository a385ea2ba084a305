import ReelGenEngine
import ReelGenJobs

/// The HTTP contract (DESIGN §2) as OpenAPI 3.1, served at `/openapi.json`. Enumerations
/// and limits come from the same types the validator uses, and a test checks every
/// documented operation is routed, so the document cannot drift from the server.
enum OpenAPIDocument {
    /// Every documented operation, as (method, path) pairs.
    static let operations: [(method: String, path: String)] = [
        ("post", "/v2/video/generations"), ("get", "/v2/video/generations"),
        ("post", "/v2/generate/video/pixverse/generation"), ("get", "/v2/generate/video/pixverse/generation"),
        ("get", "/files/{id}/{name}"), ("head", "/files/{id}/{name}"),
        ("get", "/healthz"), ("get", "/readyz"), ("get", "/metrics"), ("get", "/openapi.json"),
    ]

    static func make(engines: EngineRegistry) -> JSONNode {
        func createBody(legacy: Bool) -> JSONNode { ["$ref": .string("#/components/schemas/\(legacy ? "CreateLegacyGeneration" : "CreateGeneration")")] }
        let errorResponse: JSONNode = ["description": "Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        let errors: [String: JSONNode] = [
            "400": errorResponse, "401": errorResponse, "404": errorResponse, "413": errorResponse,
            "415": errorResponse, "429": errorResponse, "503": errorResponse,
        ]
        func create(legacy: Bool) -> JSONNode {
            var responses = errors
            responses["201"] = ["description": "Queued", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/CreatedGeneration"]]]]
            return [
                "summary": legacy ? "Create a generation (legacy pixverse path; model optional)" : "Create a generation",
                "security": [["bearer": []]],
                "requestBody": ["required": true, "content": ["application/json": ["schema": createBody(legacy: legacy)]]],
                "responses": .object(responses),
            ]
        }
        let retrieve: JSONNode = [
            "summary": "Retrieve a generation",
            "security": [["bearer": []]],
            "parameters": [["name": "generation_id", "in": "query", "required": true, "schema": ["type": "string", "minLength": 1], "description": "The id from create, or its uuid part."]],
            "responses": .object(errors.merging(["200": ["description": "The generation", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Generation"]]]]]) { _, new in new }),
        ]
        let file: JSONNode = [
            "summary": "Download an output through its signed URL (no key needed). Supports Range, ETag, HEAD.",
            "parameters": [
                ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]],
                ["name": "name", "in": "path", "required": true, "schema": ["type": "string", "enum": .array(FilesController.servedNames.sorted().map(JSONNode.string))]],
                ["name": "expires", "in": "query", "required": true, "schema": ["type": "integer"]],
                ["name": "sig", "in": "query", "required": true, "schema": ["type": "string"]],
            ],
            "responses": ["200": ["description": "The file"], "206": ["description": "Part of the file"], "403": errorResponse, "404": errorResponse],
        ]
        func plain(_ summary: String) -> JSONNode { ["summary": .string(summary), "responses": ["200": ["description": "OK"], "503": errorResponse]] }

        return [
            "openapi": "3.1.0",
            "info": ["title": "ReelGen", "version": "1.0.0", "description": "Text-to-video generation, wire-compatible with the AI/ML API video endpoints."],
            "paths": [
                "/v2/video/generations": ["post": create(legacy: false), "get": retrieve],
                "/v2/generate/video/pixverse/generation": ["post": create(legacy: true), "get": retrieve],
                "/files/{id}/{name}": ["get": file, "head": file],
                "/healthz": ["get": plain("Liveness")],
                "/readyz": ["get": plain("Readiness: store reachable and workers running")],
                "/metrics": ["get": plain("Prometheus metrics")],
                "/openapi.json": ["get": plain("This document")],
            ],
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": [
                    "CreateGeneration": createSchema(engines: engines, modelRequired: true),
                    "CreateLegacyGeneration": createSchema(engines: engines, modelRequired: false),
                    "CreatedGeneration": [
                        "type": "object", "required": ["id", "status", "meta"],
                        "properties": ["id": ["type": "string"], "status": ["type": "string", "enum": ["queued"]], "meta": ["type": "object"]],
                    ],
                    "Generation": [
                        "type": "object", "required": ["id", "status", "video", "error", "meta", "progress"],
                        "properties": [
                            "id": ["type": "string"],
                            "status": ["type": "string", "enum": ["queued", "generating", "completed", "error"]],
                            "model": ["type": "string"], "engine": ["type": "string"],
                            "video": ["type": ["object", "null"]],
                            "error": ["type": ["object", "null"]],
                            "meta": ["type": "object"],
                            "progress": ["type": "number", "minimum": 0, "maximum": 1],
                            "created_at": ["type": "integer"], "completed_at": ["type": ["integer", "null"]],
                            "seed": ["type": "integer"], "width": ["type": "integer"], "height": ["type": "integer"], "fps": ["type": "integer"],
                            "preview": ["type": ["object", "null"]],
                        ],
                    ],
                    "Error": [
                        "type": "object", "required": ["message", "path", "requestId", "statusCode", "timestamp"],
                        "properties": [
                            "message": ["type": "string"], "path": ["type": "string"], "requestId": ["type": "string"],
                            "statusCode": ["type": "integer"], "timestamp": ["type": "integer"],
                            "errors": ["type": "array", "items": ["type": "object", "properties": ["field": ["type": "string"], "message": ["type": "string"]]]],
                        ],
                    ],
                ],
            ],
        ]
    }

    /// The create body. Every optional field may also be `null`, read as absent, the way
    /// clients that send every field of their request type (Python's `None`) expect; on the
    /// legacy path `model` may be left out.
    private static func createSchema(engines: EngineRegistry, modelRequired: Bool) -> JSONNode {
        func names<T: RawRepresentable & CaseIterable>(_: T.Type) -> JSONNode where T.RawValue == String {
            .array(T.allCases.map { .string($0.rawValue) } + [.null])
        }
        let durations = ClipDuration.allCases.map(\.rawValue)
        return [
            "type": "object",
            "required": modelRequired ? ["model", "prompt"] : ["prompt"],
            "properties": [
                "model": modelRequired
                    ? ["type": "string", "enum": .array(engines.acceptedModels.map(JSONNode.string))]
                    : ["type": ["string", "null"], "enum": .array(engines.acceptedModels.map(JSONNode.string) + [.null]),
                       "description": .string("Defaults to \(EngineRegistry.publicAlias).")],
                // Not only white space: the prompt is trimmed before it is measured.
                "prompt": ["type": "string", "minLength": 1, "maxLength": .int(GenerationRequestValidator.maxPromptLength), "pattern": "\\S"],
                "aspect_ratio": ["type": ["string", "null"], "enum": names(AspectRatio.self), "default": "16:9"],
                "resolution": ["type": ["string", "null"], "enum": names(Resolution.self), "default": "720p"],
                "duration": [
                    "oneOf": [
                        ["type": "integer", "enum": .array(durations.map(JSONNode.int))], ["type": "string", "enum": .array(durations.map { .string("\($0)") })],
                        ["type": "null"],
                    ],
                    "default": 5, "description": "Seconds. 1080p allows 5 only.",
                ],
                "negative_prompt": ["type": ["string", "null"], "maxLength": .int(GenerationRequestValidator.maxPromptLength)],
                "style": ["type": ["string", "null"], "enum": names(Style.self)],
                "seed": ["type": ["integer", "null"], "minimum": 0, "maximum": .int(GenerationRequestValidator.maxSeed)],
                "enhance_prompt": [
                    "type": ["boolean", "null"], "default": false,
                    "description": "Add light, depth and backdrop the prompt leaves unsaid; the plan lists what was added.",
                ],
            ],
            // 1080p clips are 5 seconds long.
            "if": ["properties": ["resolution": ["const": "1080p"]], "required": ["resolution"]],
            "then": ["properties": ["duration": ["enum": [5, "5"]]]],
        ]
    }
}
