//! Exact decimal numbers for amounts and percentages.
//!
//! `4.1 million` must come out as `4100000`, never `4099999.9999999995`
//! (SPEC section 2). A [`Decimal`] keeps the digits as written and a power of
//! ten; magnitude words and sub-units only move the exponent. It becomes an
//! `f64` once, through the decimal string, which gives the nearest double.

use std::fmt;

/// `mantissa × 10^exponent`, exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    exponent: i32,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        exponent: 0,
    };

    pub fn new(mantissa: i128, exponent: i32) -> Decimal {
        Decimal { mantissa, exponent }.normalized()
    }

    /// Builds a number from its integer and fraction digits as written
    /// (ASCII digits only, separators already removed). `None` when a part
    /// holds something else or the number is too long to be an amount.
    ///
    /// ```
    /// use claimex::number::Decimal;
    /// let d = Decimal::from_digits("4", "1").unwrap().scaled(6);
    /// assert_eq!(d.to_string(), "4100000");
    /// assert_eq!(d.to_f64(), 4_100_000.0);
    /// ```
    pub fn from_digits(integer: &str, fraction: &str) -> Option<Decimal> {
        Decimal::from_digit_bytes(integer.as_bytes(), fraction.as_bytes())
    }

    /// [`Decimal::from_digits`] on bytes, for digits gathered in a buffer.
    pub fn from_digit_bytes(integer: &[u8], fraction: &[u8]) -> Option<Decimal> {
        let len = integer.len() + fraction.len();
        if len == 0 || len > 30 {
            return None;
        }
        // Up to 30 digits need 128 bits; the usual few are summed in 64
        // (the same value: 18 digits never overflow a u64).
        let parts = [integer, fraction];
        let mantissa = if len <= 18 {
            i128::from(digits_value::<u64>(parts)?)
        } else {
            digits_value::<i128>(parts)?
        };
        Some(Decimal::new(mantissa, -(fraction.len() as i32)))
    }

    /// This number times `10^power` (a magnitude word or a sub-unit).
    pub fn scaled(self, power: i32) -> Decimal {
        Decimal::new(self.mantissa, self.exponent.saturating_add(power))
    }

    pub fn negated(self) -> Decimal {
        Decimal::new(-self.mantissa, self.exponent)
    }

    pub fn is_integer(&self) -> bool {
        self.exponent >= 0
    }

    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// The nearest `f64`.
    pub fn to_f64(&self) -> f64 {
        // Clinger's fast path: a mantissa and a power of ten that are both
        // exact doubles give the correctly rounded result in one operation,
        // the same as parsing the decimal string.
        const EXACT_POWERS: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let exact_mantissa = self.mantissa.unsigned_abs() < (1u128 << 53);
        if exact_mantissa && self.exponent.unsigned_abs() < 23 {
            let power = EXACT_POWERS[self.exponent.unsigned_abs() as usize];
            // Below 2^53, so exact in an i64 (whose conversion is one
            // instruction; an i128's is a library call).
            let mantissa = self.mantissa as i64 as f64;
            return if self.exponent >= 0 {
                mantissa * power
            } else {
                mantissa / power
            };
        }
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// Strips trailing zeros of the mantissa into the exponent, so that equal
    /// numbers compare equal.
    fn normalized(mut self) -> Decimal {
        if self.mantissa == 0 {
            self.exponent = 0;
            return self;
        }
        // In 64 bits when the mantissa fits, where dividing by ten is a
        // multiplication; a 128-bit division is a library call.
        if let Ok(mut m) = i64::try_from(self.mantissa) {
            while m % 10 == 0 {
                m /= 10;
                self.exponent += 1;
            }
            self.mantissa = i128::from(m);
            return self;
        }
        while self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.exponent += 1;
        }
        self
    }
}

/// The number the digits of `parts` spell one after the other, or `None`
/// at a byte that is no ASCII digit. The caller picks a `T` wide enough.
fn digits_value<T>(parts: [&[u8]; 2]) -> Option<T>
where
    T: From<u8> + std::ops::Mul<Output = T> + std::ops::Add<Output = T>,
{
    let mut sum = T::from(0);
    for part in parts {
        for &b in part {
            let digit = b.wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            sum = sum * T::from(10) + T::from(digit);
        }
    }
    Some(sum)
}

impl fmt::Display for Decimal {
    /// Plain decimal notation: `1540000000`, `0.058`, `-3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let digits = self.mantissa.unsigned_abs().to_string();
        if self.exponent >= 0 {
            // Very large exponents are not amounts; keep the output bounded.
            if self.exponent > 40 {
                return write!(f, "{sign}{digits}e{}", self.exponent);
            }
            write!(f, "{sign}{digits}{}", "0".repeat(self.exponent as usize))
        } else {
            let point = (-self.exponent) as usize;
            if point > 60 {
                return write!(f, "{sign}{digits}e{}", self.exponent);
            }
            if digits.len() > point {
                let (int, frac) = digits.split_at(digits.len() - point);
                write!(f, "{sign}{int}.{frac}")
            } else {
                write!(f, "{sign}0.{}{digits}", "0".repeat(point - digits.len()))
            }
        }
    }
}

/// Writes a JSON number the way SPEC section 2 wants it: integers without a
/// fraction (`1540000000`, not `1540000000.0`), others as the shortest `f64`.
pub fn serialize_number<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

/// [`serialize_number`] for an optional value.
pub fn serialize_opt_number<S: serde::Serializer>(
    value: &Option<f64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_number(v, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magnitudes_are_exact() {
        let cases = [
            (("4", "1"), 6, "4100000", 4_100_000.0),
            (("1", "54"), 9, "1540000000", 1_540_000_000.0),
            (("10", "7"), 9, "10700000000", 10_700_000_000.0),
            (("5", "8"), -2, "0.058", 0.058),
            (("56", ""), -2, "0.56", 0.56),
            (("0", "29"), 0, "0.29", 0.29),
            (("189", "1"), 6, "189100000", 189_100_000.0),
            (("1200", ""), 6, "1200000000", 1_200_000_000.0),
        ];
        for ((int, frac), power, shown, float) in cases {
            let d = Decimal::from_digits(int, frac).unwrap().scaled(power);
            assert_eq!(d.to_string(), shown);
            assert_eq!(d.to_f64(), float);
        }
    }

    #[test]
    fn fast_path_agrees_with_parsing() {
        for mantissa in [
            1i128,
            7,
            29,
            58,
            1891,
            123_456_789,
            9_007_199_254_740_991,
            -3,
        ] {
            for exponent in -22..=22 {
                let d = Decimal { mantissa, exponent };
                let parsed: f64 = d.to_string().parse().unwrap();
                assert_eq!(d.to_f64(), parsed, "{mantissa}e{exponent}");
            }
        }
    }

    #[test]
    fn rejects_non_digits_and_empty() {
        assert_eq!(Decimal::from_digits("", ""), None);
        assert_eq!(Decimal::from_digits("1a", ""), None);
        assert_eq!(Decimal::from_digits("1", "٣"), None);
        assert_eq!(Decimal::from_digits(&"9".repeat(40), ""), None);
    }

    #[test]
    fn equal_numbers_compare_equal() {
        assert_eq!(
            Decimal::from_digits("4", "0").unwrap(),
            Decimal::from_digits("4", "").unwrap()
        );
        assert_eq!(Decimal::from_digits("0", "00").unwrap(), Decimal::ZERO);
        assert_eq!(
            Decimal::from_digits("3", "").unwrap().negated().to_string(),
            "-3"
        );
    }

    #[test]
    fn json_numbers_drop_integral_fractions() {
        let v: Vec<f64> = vec![1540000000.0, 58.5, -3.0, 0.058];
        let s = serde_json::to_string(
            &v.iter()
                .map(|x| serde_json::to_value(Wrapper(*x)).unwrap())
                .collect::<Vec<_>>(),
        )
        .unwrap();
        assert_eq!(s, "[1540000000,58.5,-3,0.058]");
    }

    struct Wrapper(f64);
    impl serde::Serialize for Wrapper {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize_number(&self.0, s)
        }
    }
}
