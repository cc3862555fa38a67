//! The `time` module: clocks, `sleep`, and the calendar conversions
//! (`gmtime`, `localtime`, `mktime`, `strftime`, `asctime`) in UTC (the
//! runtime has no time zone database: local time is UTC).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use num_traits::ToPrimitive;

use super::structseq::{self, Desc};
use crate::args::{exactly, positional, to_bigint, to_f64};
use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::rt;
use crate::types::str::{as_str, new_str};
use crate::types::{float, int};

const STRUCT_TIME: Desc = Desc {
    repr_name: "time.struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_seq: 9,
};

thread_local! {
    static START: Instant = Instant::now();
}

fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn mono() -> Duration {
    START.with(|s| s.elapsed())
}

/// Creates the module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("time");
    START.with(|_| ());
    super::set(&m, "struct_time", structseq::type_for(STRUCT_TIME));
    super::set(&m, "timezone", int::from_i64(0));
    super::set(&m, "altzone", int::from_i64(0));
    super::set(&m, "daylight", int::from_i64(0));
    super::set(
        &m,
        "tzname",
        crate::types::tuple::new_tuple(vec![new_str("UTC"), new_str("UTC")]),
    );
    macro_rules! funcs {
        ($($name:literal => $f:expr,)*) => { $(super::add(&m, $name, $f);)* };
    }
    funcs! {
        "time" => |a, k| {
            positional("time", a, k, 0, 0)?;
            Ok(float::new_float(now().as_secs_f64()))
        },
        "time_ns" => |a, k| {
            positional("time_ns", a, k, 0, 0)?;
            Ok(int::from_big(now().as_nanos().into()))
        },
        "monotonic" => |a, k| {
            positional("monotonic", a, k, 0, 0)?;
            Ok(float::new_float(mono().as_secs_f64()))
        },
        "monotonic_ns" => |a, k| {
            positional("monotonic_ns", a, k, 0, 0)?;
            Ok(int::from_big(mono().as_nanos().into()))
        },
        "perf_counter" => |a, k| {
            positional("perf_counter", a, k, 0, 0)?;
            Ok(float::new_float(mono().as_secs_f64()))
        },
        "perf_counter_ns" => |a, k| {
            positional("perf_counter_ns", a, k, 0, 0)?;
            Ok(int::from_big(mono().as_nanos().into()))
        },
        "process_time" => |a, k| {
            positional("process_time", a, k, 0, 0)?;
            Ok(float::new_float(mono().as_secs_f64()))
        },
        "process_time_ns" => |a, k| {
            positional("process_time_ns", a, k, 0, 0)?;
            Ok(int::from_big(mono().as_nanos().into()))
        },
        "thread_time" => |a, k| {
            positional("thread_time", a, k, 0, 0)?;
            Ok(float::new_float(mono().as_secs_f64()))
        },
        "sleep" => |a, k| {
            let a = exactly("sleep", a, k, 1)?;
            let s = if int::is_int(&a[0]) || float::value(&a[0]).is_some() {
                to_f64(&a[0])?
            } else {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    protocol::type_name(&a[0])
                )));
            };
            if s.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            if s < 0.0 {
                return Err(value_error("sleep length must be non-negative"));
            }
            if !s.is_finite() || s > 1e10 {
                return Err(overflow_error("sleep length is too large"));
            }
            crate::io::flush_stdout()?;
            // In slices, so that Ctrl-C interrupts a long sleep.
            let end = std::time::Instant::now() + Duration::from_secs_f64(s);
            loop {
                crate::vm::interrupt::check()?;
                let left = end.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    break;
                }
                std::thread::sleep(left.min(Duration::from_millis(20)));
            }
            Ok(rt::none())
        },
        "gmtime" => |a, k| {
            let a = positional("gmtime", a, k, 0, 1)?;
            Ok(to_struct(seconds_arg(a.first())?))
        },
        "localtime" => |a, k| {
            let a = positional("localtime", a, k, 0, 1)?;
            Ok(to_struct(seconds_arg(a.first())?))
        },
        "mktime" => |a, k| {
            let a = exactly("mktime", a, k, 1)?;
            let f = fields(&a[0], "mktime")?;
            Ok(float::new_float(timegm(&f) as f64))
        },
        "asctime" => |a, k| {
            let a = positional("asctime", a, k, 0, 1)?;
            let f = match a.first() {
                Some(t) => fields(t, "asctime")?,
                None => civil(now().as_secs() as i64),
            };
            Ok(new_str(&asctime(&f)))
        },
        "ctime" => |a, k| {
            let a = positional("ctime", a, k, 0, 1)?;
            Ok(new_str(&asctime(&civil(seconds_arg(a.first())?))))
        },
        "strftime" => |a, k| {
            let a = positional("strftime", a, k, 1, 2)?;
            let fmt = as_str(&a[0]).ok_or_else(|| {
                type_error(format!(
                    "strftime() argument 1 must be str, not {}",
                    protocol::type_name(&a[0])
                ))
            })?;
            let f = match a.get(1) {
                Some(t) => fields(t, "strftime")?,
                None => civil(now().as_secs() as i64),
            };
            Ok(new_str(&strftime(fmt, &f)?))
        },
    }
    m
}

fn seconds_arg(a: Option<&Obj>) -> PyResult<i64> {
    match a {
        None => Ok(now().as_secs() as i64),
        Some(o) if rt::is_none(o) => Ok(now().as_secs() as i64),
        Some(o) => {
            if let Some(x) = float::value(o) {
                if x.is_nan() {
                    return Err(value_error("Invalid value NaN (not a number)"));
                }
                if !x.is_finite() || x.abs() > 1e17 {
                    return Err(overflow_error("timestamp out of range for platform time_t"));
                }
                return Ok(x.floor() as i64);
            }
            to_bigint(o)?
                .to_i64()
                .ok_or_else(|| overflow_error("timestamp out of range for platform time_t"))
        }
    }
}

/// Broken-down time: year, mon, mday, hour, min, sec, wday, yday, isdst.
type Fields = [i64; 9];

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn civil(secs: i64) -> Fields {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let wday = (days + 3).rem_euclid(7);
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

fn timegm(f: &Fields) -> i64 {
    let (y, m) = (
        f[0] + (f[1] - 1).div_euclid(12),
        (f[1] - 1).rem_euclid(12) + 1,
    );
    days_from_civil(y, m, 1) * 86_400 + (f[2] - 1) * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]
}

fn to_struct(secs: i64) -> Obj {
    let f = civil(secs);
    let mut items: Vec<Obj> = f.iter().map(|&v| int::from_i64(v)).collect();
    items.push(new_str("UTC"));
    items.push(int::from_i64(0));
    structseq::new(STRUCT_TIME, items)
}

/// The nine fields of a struct_time or 9-tuple argument.
fn fields(o: &Obj, func: &str) -> PyResult<Fields> {
    let items = match structseq::items(o) {
        Some(i) => i[..9].to_vec(),
        None if crate::types::tuple::is_tuple(o) => protocol::collect(o)?,
        None => {
            return Err(type_error("Tuple or struct_time argument required"));
        }
    };
    if items.len() != 9 {
        return Err(type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, v) in f.iter_mut().zip(&items) {
        *slot = to_bigint(v)?
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
    }
    Ok(f)
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAYS_FULL: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn name(table: &[&'static str], i: i64) -> &'static str {
    table.get(i as usize).copied().unwrap_or("?")
}

fn asctime(f: &Fields) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        name(&DAYS, f[6].rem_euclid(7)),
        name(&MONTHS, f[1] - 1),
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}

fn strftime(fmt: &str, f: &Fields) -> PyResult<String> {
    // CPython's checktm: month 0 means January, yday 0 means day 1.
    if !(0..=12).contains(&f[1]) {
        return Err(value_error("month out of range"));
    }
    if !(0..=31).contains(&f[2]) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&f[3]) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&f[4]) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&f[5]) {
        return Err(value_error("seconds out of range"));
    }
    if !(0..=366).contains(&f[7]) {
        return Err(value_error("day of year out of range"));
    }
    let mon = (f[1] - 1).max(0);
    let wday = (f[6] + 1).rem_euclid(7); // C: Sunday = 0
    let yday = (f[7] - 1).max(0);
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let hour12 = if f[3] % 12 == 0 { 12 } else { f[3] % 12 };
        let piece = match d {
            'Y' => f[0].to_string(),
            'y' => format!("{:02}", f[0].rem_euclid(100)),
            'C' => format!("{:02}", f[0].div_euclid(100)),
            'm' => format!("{:02}", mon + 1),
            'd' => format!("{:02}", f[2]),
            'e' => format!("{:2}", f[2]),
            'H' => format!("{:02}", f[3]),
            'I' => format!("{hour12:02}"),
            'l' => format!("{hour12:2}"),
            'M' => format!("{:02}", f[4]),
            'S' => format!("{:02}", f[5]),
            'p' => (if f[3] < 12 { "AM" } else { "PM" }).into(),
            'a' => name(&DAYS, f[6].rem_euclid(7)).into(),
            'A' => name(&DAYS_FULL, f[6].rem_euclid(7)).into(),
            'b' | 'h' => name(&MONTHS, mon).into(),
            'B' => name(&MONTHS_FULL, mon).into(),
            'j' => format!("{:03}", yday + 1),
            'w' => wday.to_string(),
            'u' => (if wday == 0 { 7 } else { wday }).to_string(),
            'U' => format!("{:02}", (yday + 7 - wday) / 7),
            'W' => format!("{:02}", (yday + 7 - (wday + 6) % 7) / 7),
            'Z' => "UTC".into(),
            'z' => "+0000".into(),
            'n' => "\n".into(),
            't' => "\t".into(),
            '%' => "%".into(),
            'c' => asctime(f),
            'x' => format!("{:02}/{:02}/{:02}", mon + 1, f[2], f[0].rem_euclid(100)),
            'X' | 'T' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'D' => format!("{:02}/{:02}/{:02}", mon + 1, f[2], f[0].rem_euclid(100)),
            'F' => format!("{}-{:02}-{:02}", f[0], mon + 1, f[2]),
            'R' => format!("{:02}:{:02}", f[3], f[4]),
            's' => timegm(f).to_string(),
            'G' => f[0].to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    let _ = is_leap;
    Ok(out)
}
