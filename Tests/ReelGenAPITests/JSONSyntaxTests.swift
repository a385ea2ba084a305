@testable import ReelGenAPI
import Testing

/// The grammar check refuses what RFC 8259 does not allow, whatever Foundation forgives,
/// and lets every valid body through.
@Suite struct JSONSyntaxTests {
    @Test(arguments: [
        #"{"prompt":"a cat","seed":42,"duration":5}"#, #" { "a" : [ 1 , -2.5e3 , 0.25 , true , false , null ] } "#,
        #"{"s":"quote \" slash \\ \/ \b\f\n\r\t \u00e9 é"}"#, "[]", "{}", #""just a string""#, "0", "-0.0E+1",
    ])
    func acceptsJSON(_ text: String) {
        #expect(JSONSyntax.isValid(Array(text.utf8)))
    }

    @Test(arguments: [
        #"{"prompt":"a cat",}"#, "[1,]", "[,1]", #"{"a" 1}"#, #"{a:1}"#, #"{'a':1}"#, "01", "1.", ".5", "1e", "+1", "NaN",
        "tru", "nul", #""open"#, #""bad \x escape""#, #""\u12G4""#, "\"tab\there\"", "{} {}", "", "   ", "[1] x",
        String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
    ])
    func refusesWhatIsNotJSON(_ text: String) {
        #expect(!JSONSyntax.isValid(Array(text.utf8)))
    }
}
