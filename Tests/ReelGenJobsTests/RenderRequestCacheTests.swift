import Foundation
import ReelGenEngine
@testable import ReelGenJobs
import Testing

@Suite struct RenderRequestCacheTests {
    func json(_ request: RenderRequest) throws -> String {
        String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
    }

    @Test func decodesEachRequestAsStoredAndStaysBounded() throws {
        let cache = RenderRequestCache(capacity: 2)
        let fox = RenderRequest(prompt: "a red fox runs", resolution: .p360, seed: 42)
        let owl = RenderRequest(prompt: "an owl at night", resolution: .p1080, seed: 7)
        let cat = RenderRequest(prompt: "a cat", resolution: .p540, seed: 1)
        for _ in 0..<2 {
            #expect(try cache.request(fromJSON: json(fox)) == fox)
            #expect(try cache.request(fromJSON: json(owl)) == owl)
        }
        #expect(try cache.request(fromJSON: json(cat)) == cat, "past capacity it starts over")
        #expect(try cache.request(fromJSON: json(fox)) == fox)
        #expect(throws: (any Error).self) { try cache.request(fromJSON: #"{"prompt": 3}"#) }
    }
}
