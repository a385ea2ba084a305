import ArgumentParser
import Foundation
import ReelGenEngine

extension ReelGenCommand {
    /// Shows what the cinematic engine understood of a prompt.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the scene plan the engine makes of a prompt.")

        @OptionGroup var clip: ClipOptions
        @Flag(help: "Print JSON (the default; kept for scripts that pass it).") var json = false

        func run() async throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let plan = PromptParser().plan(for: clip.request)
            print(String(decoding: try encoder.encode(plan), as: UTF8.self))
        }
    }
}
