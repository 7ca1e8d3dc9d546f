//! The pseudo-language `en-XA`, made from English when it is asked for: each message's words
//! accented (a as á, e as é…), about 40% longer (each vowel said twice), and the whole message
//! bracketed, "[Ñóó…]". Its arguments (`{ $company }`), its selectors and their variants' keys
//! stay as they are, so it says the same things with the same numbers; a browser test that
//! finds a word outside brackets has found a word outside the catalogue.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use fluent_syntax::serializer;

/// An English `.ftl` file's text, each message made pseudo.
pub(super) fn text(english: &str) -> String {
    let mut resource = match parser::parse(english.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        if let Entry::Message(m) = entry {
            if let Some(value) = &mut m.value {
                bracket(value);
            }
            for attribute in &mut m.attributes {
                bracket(&mut attribute.value);
            }
        }
    }
    serializer::serialize(&resource)
}

/// A message's pattern made pseudo and put between brackets.
fn bracket(pattern: &mut Pattern<String>) {
    accent(pattern);
    // As string literals, `{ "[" }`: a bracket opening an indented line would read as a
    // variant's key.
    let literal = |value: &str| PatternElement::Placeable {
        expression: Expression::Inline(InlineExpression::StringLiteral {
            value: value.to_string(),
        }),
    };
    pattern.elements.insert(0, literal("["));
    pattern.elements.push(literal("]"));
}

/// Every text of `pattern` accented and lengthened, in its selectors' variants too.
fn accent(pattern: &mut Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = words(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    for v in variants {
                        accent(&mut v.value);
                    }
                }
                Expression::Inline(InlineExpression::Placeable { expression }) => {
                    if let Expression::Select { variants, .. } = expression.as_mut() {
                        for v in variants {
                            accent(&mut v.value);
                        }
                    }
                }
                Expression::Inline(_) => {}
            },
        }
    }
}

/// Plain words accented, each vowel said twice: "Said yes" as "Sááíídéé yéés".
pub(super) fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let (accented, vowel) = match c {
            'a' => ('á', true),
            'e' => ('é', true),
            'i' => ('í', true),
            'o' => ('ó', true),
            'u' => ('ú', true),
            'A' => ('Á', true),
            'E' => ('É', true),
            'I' => ('Í', true),
            'O' => ('Ó', true),
            'U' => ('Ú', true),
            'c' => ('ç', false),
            'n' => ('ñ', false),
            'y' => ('ý', false),
            'C' => ('Ç', false),
            'N' => ('Ñ', false),
            'Y' => ('Ý', false),
            other => (other, false),
        };
        out.push(accented);
        if vowel {
            out.push(accented);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_accented_and_longer() {
        assert_eq!(words("Said yes"), "Sááííd ýéés");
        let english = "Companies that could see your data on this date";
        let pseudo = words(english);
        let ratio = pseudo.chars().count() as f64 / english.chars().count() as f64;
        assert!((1.25..1.6).contains(&ratio), "{ratio}");
    }

    #[test]
    fn a_file_keeps_its_arguments_and_selectors() {
        let made = text("a = { $n ->\n    [one] One { $who }\n   *[other] Many\n}\nb = Hi\n");
        assert!(made.contains("$who"), "{made}");
        assert!(
            made.contains("[one]") && made.contains("*[other]"),
            "{made}"
        );
        assert!(made.contains("Híí") && made.contains("ÓÓñéé"), "{made}");
    }
}
