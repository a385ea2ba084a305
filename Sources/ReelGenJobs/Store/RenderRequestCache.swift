import Foundation
import ReelGenEngine
import Synchronization

/// Decoded `RenderRequest`s by their stored JSON text. A job's request never changes, so
/// an entry is never stale; this spares every status poll a JSON decode. Bounded: it
/// starts over past `capacity` entries.
final class RenderRequestCache: Sendable {
    private let entries = Mutex<[String: RenderRequest]>([:])
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    func request(fromJSON json: String) throws -> RenderRequest {
        if let cached = entries.withLock({ $0[json] }) { return cached }
        let request = try JSONDecoder().decode(RenderRequest.self, from: Data(json.utf8))
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[json] = request
        }
        return request
    }
}
