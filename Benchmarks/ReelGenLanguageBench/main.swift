import Foundation
import ReelGenEngine

// `make bench-language`: how much of real users' prompts the Language stage understands.
// Plans every prompt of the given folders' `*.txt` files (one a line; default: the VBench
// development set in Tests/Fixtures) and prints the share with no unused word, the share
// whose every physical noun reached a catalogue concept, and the words most often left over.
// `--misses` also lists every prompt with its unused words, and those with no subject.

let arguments = CommandLine.arguments.dropFirst()
let listMisses = arguments.contains("--misses")
let named = arguments.filter { $0 != "--misses" }
let folders = named.isEmpty ? ["Tests/Fixtures/vbench-category"] : Array(named)
var prompts: [String] = []
for folder in folders {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    for file in files {
        let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
        prompts += text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
guard !prompts.isEmpty else {
    FileHandle.standardError.write(Data("no prompts in \(folders.joined(separator: ", "))\n".utf8))
    exit(2)
}

let parser = PromptParser()
let started = ContinuousClock.now
let plans = prompts.map { parser.plan(for: RenderRequest(prompt: $0, seed: 1)) }
let elapsed = (ContinuousClock.now - started) / .milliseconds(1)

func share(_ count: Int) -> String {
    String(format: "%5.1f %%  (%d of %d)", 100 * Double(count) / Double(plans.count), count, plans.count)
}

/// The `limit` most frequent words, most frequent first, ties alphabetical.
func mostFrequent(_ words: [String], limit: Int) -> String {
    let counts = Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +)
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
    return ranked.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
}

if listMisses {
    for plan in plans where !plan.unusedWords.isEmpty {
        print("\(plan.prompt)  [\(plan.unusedWords.joined(separator: ", "))]")
    }
    print("")
    for plan in plans where plan.subjects.isEmpty {
        print("no subject: \(plan.prompt)")
    }
    print("")
}
print("Language bench: \(plans.count) prompts from \(folders.joined(separator: ", ")); \(String(format: "%.2f", elapsed / Double(plans.count))) ms a plan")
print("no unused word          \(share(plans.filter(\.unusedWords.isEmpty).count))   target >= 95 %")
print("every subject resolved  \(share(plans.filter(\.unresolvedNouns.isEmpty).count))   target >= 99 %")
print("with a subject          \(share(plans.filter { !$0.subjects.isEmpty }.count))")
print("")
print("most frequent unused words: \(mostFrequent(plans.flatMap(\.unusedWords), limit: 30))")
print("")
print("most frequent unresolved nouns: \(mostFrequent(plans.flatMap(\.unresolvedNouns), limit: 30))")
