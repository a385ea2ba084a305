import ReelGenEngine
import ReelGenJobs

/// A create request that passed every rule of the contract (DESIGN §2).
struct ValidatedGeneration: Sendable {
    /// The engine that will render it.
    var engineID: String
    /// The model id as the client sent it; part of the generation id.
    var publicModel: String
    var request: RenderRequest
}

/// Checks a create body field by field and collects every problem, so one 400 names
/// every bad field. Unknown fields are ignored, as the hosted API does.
struct GenerationRequestValidator: Sendable {
    static let maxPromptLength = 2048
    static let maxSeed = 2_147_483_647

    var engines: EngineRegistry
    /// The legacy pixverse path lets `model` be omitted.
    var modelRequired: Bool

    func validate(_ body: [String: JSONValue], randomSeed: () -> UInt32) throws(APIError) -> ValidatedGeneration {
        var errors: [FieldError] = []
        func fail(_ field: String, _ message: String) { errors.append(FieldError(field: field, message: message)) }

        var publicModel = EngineRegistry.publicAlias
        var engineID: String? = engines.defaultEngineID
        switch body["model"] ?? .null {
        case .null where modelRequired:
            fail("model", "Required. One of: \(engines.acceptedModels.joined(separator: ", ")).")
        case .null:
            break
        case .string(let model):
            publicModel = model
            engineID = engines.engineID(forRequestedModel: model)
            if engineID == nil { fail("model", "Unknown model '\(model)'. One of: \(engines.acceptedModels.joined(separator: ", ")).") }
        case let other:
            fail("model", "Must be a string, got \(other.typeName).")
        }

        var prompt = ""
        switch body["prompt"] ?? .null {
        case .null:
            fail("prompt", "Required: a description of the video, 1 to \(Self.maxPromptLength) characters.")
        case .string(let text):
            prompt = text.trimmingWhitespace()
            if prompt.isEmpty {
                fail("prompt", "Must not be empty.")
            } else if prompt.count > Self.maxPromptLength {
                fail("prompt", "Must be at most \(Self.maxPromptLength) characters, got \(prompt.count).")
            }
        case let other:
            fail("prompt", "Must be a string, got \(other.typeName).")
        }

        let aspectRatio = enumField("aspect_ratio", AspectRatio.self, in: body, fail: fail) ?? .landscape16x9
        let resolution = enumField("resolution", Resolution.self, in: body, fail: fail) ?? .p720
        let style = enumField("style", Style.self, in: body, fail: fail)

        var duration = ClipDuration.five
        switch body["duration"] ?? .null {
        case .null:
            break
        case .number(let seconds) where ClipDuration(rawValue: Int(exactly: seconds) ?? -1) != nil:
            duration = ClipDuration(rawValue: Int(seconds))!
        case .string(let text) where ClipDuration(rawValue: Int(text) ?? -1) != nil:
            duration = ClipDuration(rawValue: Int(text)!)!
        case let other:
            fail("duration", "Must be 5 or 8 (seconds), as a number or a numeric string; got \(Self.describe(other)).")
        }
        if resolution == .p1080 && duration == .eight {
            fail("duration", "1080p clips are limited to 5 seconds; use 720p for 8 seconds.")
        }

        var negativePrompt: String?
        switch body["negative_prompt"] ?? .null {
        case .null:
            break
        case .string(let text) where text.count <= Self.maxPromptLength:
            let trimmed = text.trimmingWhitespace()
            negativePrompt = trimmed.isEmpty ? nil : trimmed
        case .string(let text):
            fail("negative_prompt", "Must be at most \(Self.maxPromptLength) characters, got \(text.count).")
        case let other:
            fail("negative_prompt", "Must be a string, got \(other.typeName).")
        }

        var seed: UInt32?
        switch body["seed"] ?? .null {
        case .null:
            break
        case .number(let value) where Int(exactly: value).map { (0...Self.maxSeed).contains($0) } == true:
            seed = UInt32(value)
        case let other:
            fail("seed", "Must be an integer from 0 to \(Self.maxSeed); got \(Self.describe(other)).")
        }

        // The AI/ML SDK sends it; the engine fills in what a terse prompt leaves unsaid.
        var enhancePrompt = false
        switch body["enhance_prompt"] ?? .null {
        case .null: break
        case .bool(let value): enhancePrompt = value
        case let other: fail("enhance_prompt", "Must be true or false, got \(Self.describe(other)).")
        }

        guard errors.isEmpty, let engineID else { throw .validation(errors) }
        let request = RenderRequest(
            prompt: prompt, negativePrompt: negativePrompt, style: style,
            aspectRatio: aspectRatio, resolution: resolution, duration: duration,
            seed: seed ?? randomSeed(), enhancePrompt: enhancePrompt
        )
        return ValidatedGeneration(engineID: engineID, publicModel: publicModel, request: request)
    }

    /// A string field that must be one of an enum's raw values; nil when absent or invalid.
    private func enumField<Value: RawRepresentable & CaseIterable>(
        _ field: String, _ type: Value.Type, in body: [String: JSONValue],
        fail: (String, String) -> Void
    ) -> Value? where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        switch body[field] ?? .null {
        case .null:
            return nil
        case .string(let text):
            if let value = Value(rawValue: text) { return value }
            fail(field, "Must be one of: \(allowed); got '\(text)'.")
        case let other:
            fail(field, "Must be a string, one of: \(allowed); got \(other.typeName).")
        }
        return nil
    }

    /// A number as a client would have written it: 10, not 10.0.
    private static func describe(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 0x1p53 ? String(Int64(number)) : "\(number)"
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "'\(text.prefix(40))'"
        case .number(let number): Self.describe(number)
        default: value.typeName
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
