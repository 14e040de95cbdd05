/// What a field holds, which decides the operators it accepts and how values compare.
public indirect enum FieldType: Equatable, Sendable, CustomStringConvertible {
    /// A whole number (`id`, `line`, `words`, a relation's count).
    case number
    /// Free text, compared case-insensitively by `=`, `~` and `matches`.
    case text
    /// A calendar day; compared with `<`, `<=`, `>`, `>=` against `2023-06-19`.
    case date
    /// One of a fixed set of words (`kind`: direct, partial, fragment).
    case keyword([String])
    /// A list of texts (`aliases`, `keywords`); `=` and `~` are true when any element matches.
    case textList
    /// A link to one record of another collection (`speaker` → people). Shown as that record's
    /// display name; compared by name through aliases; followed by a path (`speaker.role`).
    case one(CollectionName)
    /// Links to many records of another collection (`quotes` of a person). Shown as a count
    /// (`topics` as the list of slugs); compared by name (any linked record) or, with a number,
    /// by count; a path (`quotes.topic`) is true when any linked record matches.
    case many(CollectionName)

    public var description: String {
        switch self {
        case .number: "number"
        case .text: "text"
        case .date: "date"
        case .keyword(let values): values.joined(separator: "|")
        case .textList: "list of text"
        case .one(let target): target.singular
        case .many(let target): target == .topics ? "list of topics" : "\(target) (count)"
        }
    }

    /// The collection a path can continue into, for relation fields.
    public var relationTarget: CollectionName? {
        switch self {
        case .one(let target), .many(let target): target
        default: nil
        }
    }
}
