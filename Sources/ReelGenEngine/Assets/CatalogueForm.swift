/// An archetype's variants as a catalogue row's `form` column names them: a body plan, a
/// vehicle body, an aircraft. A row that names none, or one this model does not know, gets
/// the archetype's usual variant.
protocol CatalogueForm: RawRepresentable where RawValue == String {
    /// The variant for a row that names no form: a car, a beetle, an airliner.
    static var usual: Self { get }
}

extension CatalogueForm {
    init(_ form: String?) {
        self = form.flatMap(Self.init(rawValue:)) ?? .usual
    }
}
