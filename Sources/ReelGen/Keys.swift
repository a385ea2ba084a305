import ArgumentParser
import Foundation
import Logging
import ReelGenJobs

extension ReelGenCommand {
    /// API key management. Secrets are printed once; the store keeps only their hashes.
    struct Keys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create, list and revoke API keys.",
            subcommands: [Create.self, List.self, Revoke.self]
        )

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Create a key and print its secret (alone on stdout).")
            @Option(help: "A name to recognise the key by.") var name: String
            @OptionGroup var store: StoreOptions

            func run() async throws {
                let opened = try await store.open(logger: .cli("reelgen.keys"))
                let secret = try await opened.withRunningService { try await $0.issueKey(name: name) }
                FileHandle.standardError.write(Data("Created key '\(name)'. Shown only now:\n".utf8))
                print(secret)
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List keys (never their secrets).")
            @OptionGroup var store: StoreOptions

            func run() async throws {
                let opened = try await store.open(logger: .cli("reelgen.keys"))
                let keys = try await opened.withRunningService { try await $0.keys() }
                for key in keys {
                    let state = key.revokedAt == nil ? "active" : "revoked"
                    print("\(key.id.uuidString.lowercased())\t\(key.name)\t\(state)\t\(key.createdAt.formatted(.iso8601))")
                }
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Revoke a key by id or name.")
            @Argument(help: "The key's id or name.") var key: String
            @OptionGroup var store: StoreOptions

            func run() async throws {
                let opened = try await store.open(logger: .cli("reelgen.keys"))
                let target = key
                guard try await opened.withRunningService({ try await $0.revokeKey(idOrName: target, now: Date()) }) else {
                    throw ValidationError("No active key with id or name '\(key)'.")
                }
                FileHandle.standardError.write(Data("Revoked '\(key)'.\n".utf8))
            }
        }
    }
}
