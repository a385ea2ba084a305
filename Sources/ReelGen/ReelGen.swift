@main
struct ReelGen {
    static func main() {}
}
