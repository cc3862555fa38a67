//! The `random` module: CPython's Mersenne Twister (MT19937 with
//! `init_by_array` seeding, `_randommodule.c`) and the methods random.py
//! builds on it, drawing the same numbers in the same order so that a
//! seeded program prints what CPython prints.

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::{Sig, to_bigint, to_f64};
use crate::error::{PyErr, PyResult, index_error, type_error, value_error};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::typeobj::{BinOp, TypeData};
use crate::types::typeobj_ops::with_data;
use crate::types::{bytes, float, int, list, tuple};

const N: usize = 624;
const M: usize = 397;

/// The generator's state: CPython's `RandomObject`.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: [0; N],
            index: N + 1,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x80000000;
        const LOWER: u32 = 0x7fffffff;
        const MATRIX_A: u32 = 0x9908b0df;
        if self.index >= N {
            if self.index == N + 1 {
                self.init_genrand(5489);
            }
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`: 32-bit words, least significant first; the
    /// last one keeps its top bits.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            if k == 0 {
                return BigInt::zero();
            }
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0`.
    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&BigInt::from(n)).to_usize().unwrap_or(0)
    }

    fn seed_int(&mut self, n: &BigInt) {
        let mut key = n.abs().to_u32_digits().1;
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    fn seed_entropy(&mut self) {
        let mut key = [0u32; N];
        let mut filled = false;
        if let Some(buf) = read_urandom(N * 4) {
            for (k, c) in key.iter_mut().zip(buf.chunks_exact(4)) {
                *k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            }
            filled = true;
        }
        if !filled {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            key[0] = t as u32;
            key[1] = (t >> 32) as u32;
            key[2] = std::process::id();
        }
        self.init_by_array(&key);
    }
}

fn read_urandom(n: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open("/dev/urandom").ok()?;
    let mut buf = vec![0u8; n];
    f.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// The payload of a `Random` instance.
pub struct RandomData {
    mt: RefCell<Mt>,
    gauss_next: RefCell<Option<f64>>,
}

thread_local! {
    static RANDOM_TYPE: Obj = {
        let t = TypeData::new::<RandomData>("Random").with_methods(random_methods);
        t.slots.new.set(Some(|cls, _args, _kw| Ok(new_instance(cls))));
        t.slots.init.set(Some(|o, args, kw| {
            let b = INIT.bind(&prepend(o, args), kw)?;
            let x = b[0].clone().unwrap_or_else(rt::none);
            protocol::call_method(o, "seed", &[x])?;
            Ok(())
        }));
        let ty = crate::types::class::new_builtin_type(t);
        ty.make_immortal();
        ty
    };
}

const INIT: Sig = Sig::python("Random.__init__", &["x"], 1, 0);

fn prepend(o: &Obj, args: &[Obj]) -> Vec<Obj> {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(o.clone());
    v.extend_from_slice(args);
    v
}

fn new_instance(cls: &Obj) -> Obj {
    let mut mt = Mt::new();
    mt.seed_entropy();
    let o = alloc(
        cls.clone(),
        RandomData {
            mt: RefCell::new(mt),
            gauss_next: RefCell::new(None),
        },
    );
    if with_data(cls, |d| d.instance_dict) {
        o.set_dict(Some(crate::types::dict::new_dict()));
    }
    o
}

/// The `random.Random` type.
pub fn random_type() -> Obj {
    RANDOM_TYPE.with(Obj::clone)
}

/// Creates the module.
pub fn new_module() -> Obj {
    let m = crate::types::module::new_module("random");
    let ty = random_type();
    crate::types::typeobj_ops::set_type_attr(
        &ty,
        "__module__",
        crate::types::str::new_str("random"),
    );
    super::set(&m, "Random", ty.clone());
    let inst = new_instance(&ty);
    for name in METHODS {
        if let Ok(f) = protocol::getattr_str(&inst, name) {
            super::set(&m, name, f);
        }
    }
    super::set(&m, "_inst", inst);
    m
}

const METHODS: [&str; 23] = [
    "seed",
    "random",
    "uniform",
    "triangular",
    "randint",
    "choice",
    "randrange",
    "sample",
    "shuffle",
    "choices",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "gauss",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
    "getrandbits",
    "randbytes",
];

fn mt(o: &Obj) -> PyResult<std::cell::RefMut<'_, Mt>> {
    o.downcast::<RandomData>()
        .map(|d| d.mt.borrow_mut())
        .ok_or_else(|| type_error("descriptor requires a 'Random' object"))
}

fn data(o: &Obj) -> PyResult<&RandomData> {
    o.downcast::<RandomData>()
        .ok_or_else(|| type_error("descriptor requires a 'Random' object"))
}

fn random_f(o: &Obj) -> PyResult<f64> {
    Ok(mt(o)?.random())
}

fn randbelow(o: &Obj, n: &BigInt) -> PyResult<BigInt> {
    Ok(mt(o)?.randbelow(n))
}

fn f(x: f64) -> Obj {
    float::new_float(x)
}

fn arg_f64(o: &Option<Obj>, default: f64) -> PyResult<f64> {
    match o {
        Some(v) => to_f64(v),
        None => Ok(default),
    }
}

macro_rules! sig {
    ($q:literal, [$($p:literal),*], $pos:expr, $req:expr) => {
        Sig::python($q, &[$($p),*], $pos, $req)
    };
}

fn random_methods(t: &Obj) {
    use crate::types::function::add_method;
    add_method(t, "seed", seed);
    add_method(t, "random", |a, k| {
        sig!("Random.random", [], 0, 0).bind(a, k)?;
        Ok(f(random_f(&a[0])?))
    });
    add_method(t, "getrandbits", |a, k| {
        let b = sig!("Random.getrandbits", ["k"], 1, 1).bind(a, k)?;
        let n = to_bigint(b[0].as_ref().unwrap_or(&a[0]))?;
        if n.is_negative() {
            return Err(value_error("number of bits must be non-negative"));
        }
        let n = n.to_u64().filter(|n| *n < 1 << 40).ok_or_else(|| {
            crate::error::overflow_error("Python int too large to convert to C int")
        })?;
        Ok(int::from_big(mt(&a[0])?.getrandbits(n)))
    });
    add_method(t, "randbytes", |a, k| {
        let b = sig!("Random.randbytes", ["n"], 1, 1).bind(a, k)?;
        let n = to_bigint(b[0].as_ref().unwrap_or(&a[0]))?;
        if n.is_negative() {
            return Err(value_error("number of bits must be non-negative"));
        }
        let n = n.to_usize().unwrap_or(usize::MAX / 16);
        let v = mt(&a[0])?.getrandbits((n as u64) * 8);
        let mut out = v.to_bytes_le().1;
        out.resize(n, 0);
        Ok(bytes::new_bytes(out))
    });
    add_method(t, "getstate", |a, k| {
        sig!("Random.getstate", [], 0, 0).bind(a, k)?;
        let d = data(&a[0])?;
        let m = d.mt.borrow();
        let mut items: Vec<Obj> = m.state.iter().map(|w| int::from_i64(*w as i64)).collect();
        items.push(int::from_i64(m.index.min(N) as i64));
        let g = (*d.gauss_next.borrow()).map(f).unwrap_or_else(rt::none);
        Ok(tuple::new_tuple(vec![
            int::from_i64(3),
            tuple::new_tuple(items),
            g,
        ]))
    });
    add_method(t, "setstate", setstate);
    add_method(t, "randrange", |a, k| {
        let b = sig!("Random.randrange", ["start", "stop", "step"], 3, 1).bind(a, k)?;
        randrange(&a[0], b[0].as_ref(), b[1].as_ref(), b[2].as_ref()).map(int::from_big)
    });
    add_method(t, "randint", |a, k| {
        let b = sig!("Random.randint", ["a", "b"], 2, 2).bind(a, k)?;
        let (Some(lo), Some(hi)) = (&b[0], &b[1]) else {
            return Ok(rt::none());
        };
        let hi1 = protocol::binary_op(hi, &int::from_i64(1), BinOp::Add)?;
        randrange(&a[0], Some(lo), Some(&hi1), None).map(int::from_big)
    });
    add_method(t, "choice", |a, k| {
        let b = sig!("Random.choice", ["seq"], 1, 1).bind(a, k)?;
        let seq = b[0].clone().unwrap_or_else(rt::none);
        let n = protocol::len(&seq)?;
        if n == 0 {
            return Err(index_error("Cannot choose from an empty sequence"));
        }
        let i = randbelow(&a[0], &BigInt::from(n))?;
        protocol::getitem(&seq, &int::from_big(i))
    });
    add_method(t, "shuffle", |a, k| {
        let b = sig!("Random.shuffle", ["x"], 1, 1).bind(a, k)?;
        let x = b[0].clone().unwrap_or_else(rt::none);
        let n = protocol::len(&x)?;
        for i in (1..n).rev() {
            let j = mt(&a[0])?.randbelow_usize(i + 1);
            let (ki, kj) = (int::from_i64(i as i64), int::from_i64(j as i64));
            let (vi, vj) = (protocol::getitem(&x, &ki)?, protocol::getitem(&x, &kj)?);
            protocol::setitem(&x, &ki, Some(&vj))?;
            protocol::setitem(&x, &kj, Some(&vi))?;
        }
        Ok(rt::none())
    });
    add_method(t, "sample", sample);
    add_method(t, "choices", choices);
    add_method(t, "uniform", |a, k| {
        let b = sig!("Random.uniform", ["a", "b"], 2, 2).bind(a, k)?;
        let (Some(lo), Some(hi)) = (&b[0], &b[1]) else {
            return Ok(rt::none());
        };
        let width = protocol::binary_op(hi, lo, BinOp::Sub)?;
        let r = f(random_f(&a[0])?);
        let scaled = protocol::binary_op(&width, &r, BinOp::Mul)?;
        protocol::binary_op(lo, &scaled, BinOp::Add)
    });
    add_method(t, "triangular", |a, k| {
        let b = sig!("Random.triangular", ["low", "high", "mode"], 3, 0).bind(a, k)?;
        let u = random_f(&a[0])?;
        let low_o = b[0].clone().unwrap_or_else(|| f(0.0));
        let (mut low, mut high) = (to_f64(&low_o)?, arg_f64(&b[1], 1.0)?);
        let mut c = match &b[2] {
            Some(m) if !rt::is_none(m) => {
                if high == low {
                    return Ok(low_o);
                }
                (to_f64(m)? - low) / (high - low)
            }
            _ => 0.5,
        };
        let mut u = u;
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        Ok(f(low + (high - low) * (u * c).sqrt()))
    });
    add_method(t, "normalvariate", |a, k| {
        let b = sig!("Random.normalvariate", ["mu", "sigma"], 2, 0).bind(a, k)?;
        let (mu, sigma) = (arg_f64(&b[0], 0.0)?, arg_f64(&b[1], 1.0)?);
        Ok(f(normalvariate(&a[0], mu, sigma)?))
    });
    add_method(t, "lognormvariate", |a, k| {
        let b = sig!("Random.lognormvariate", ["mu", "sigma"], 2, 2).bind(a, k)?;
        let (mu, sigma) = (arg_f64(&b[0], 0.0)?, arg_f64(&b[1], 1.0)?);
        let x = normalvariate(&a[0], mu, sigma)?.exp();
        if x.is_infinite() {
            return Err(crate::error::overflow_error("math range error"));
        }
        Ok(f(x))
    });
    add_method(t, "gauss", |a, k| {
        let b = sig!("Random.gauss", ["mu", "sigma"], 2, 0).bind(a, k)?;
        let (mu, sigma) = (arg_f64(&b[0], 0.0)?, arg_f64(&b[1], 1.0)?);
        let d = data(&a[0])?;
        let z = d.gauss_next.borrow_mut().take();
        let z = match z {
            Some(z) => z,
            None => {
                let mut m = d.mt.borrow_mut();
                let x2pi = m.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - m.random()).ln()).sqrt();
                *d.gauss_next.borrow_mut() = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        Ok(f(mu + z * sigma))
    });
    add_method(t, "expovariate", |a, k| {
        let b = sig!("Random.expovariate", ["lambd"], 1, 1).bind(a, k)?;
        let lambd = arg_f64(&b[0], 1.0)?;
        let r = random_f(&a[0])?;
        if lambd == 0.0 {
            return Err(PyErr::new(Exc::ZeroDivisionError, "float division by zero"));
        }
        Ok(f(-(1.0 - r).ln() / lambd))
    });
    add_method(t, "vonmisesvariate", |a, k| {
        let b = sig!("Random.vonmisesvariate", ["mu", "kappa"], 2, 2).bind(a, k)?;
        let (mu, kappa) = (arg_f64(&b[0], 0.0)?, arg_f64(&b[1], 0.0)?);
        let mut m = mt(&a[0])?;
        let tau = std::f64::consts::TAU;
        if kappa <= 1e-6 {
            return Ok(f(tau * m.random()));
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = m.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = m.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let fv = (q + z) / (1.0 + q * z);
        let u3 = m.random();
        let theta = if u3 > 0.5 {
            mu + fv.acos()
        } else {
            mu - fv.acos()
        };
        Ok(f(float::rem(theta, tau)))
    });
    add_method(t, "gammavariate", |a, k| {
        let b = sig!("Random.gammavariate", ["alpha", "beta"], 2, 2).bind(a, k)?;
        let (alpha, beta) = (arg_f64(&b[0], 1.0)?, arg_f64(&b[1], 1.0)?);
        gammavariate(&a[0], alpha, beta).map(f)
    });
    add_method(t, "betavariate", |a, k| {
        let b = sig!("Random.betavariate", ["alpha", "beta"], 2, 2).bind(a, k)?;
        let (alpha, beta) = (arg_f64(&b[0], 1.0)?, arg_f64(&b[1], 1.0)?);
        let y = gammavariate(&a[0], alpha, 1.0)?;
        if y != 0.0 {
            return Ok(f(y / (y + gammavariate(&a[0], beta, 1.0)?)));
        }
        Ok(f(0.0))
    });
    add_method(t, "paretovariate", |a, k| {
        let b = sig!("Random.paretovariate", ["alpha"], 1, 1).bind(a, k)?;
        let alpha = arg_f64(&b[0], 1.0)?;
        let u = 1.0 - random_f(&a[0])?;
        Ok(f(u.powf(-1.0 / alpha)))
    });
    add_method(t, "weibullvariate", |a, k| {
        let b = sig!("Random.weibullvariate", ["alpha", "beta"], 2, 2).bind(a, k)?;
        let (alpha, beta) = (arg_f64(&b[0], 1.0)?, arg_f64(&b[1], 1.0)?);
        let u = 1.0 - random_f(&a[0])?;
        Ok(f(alpha * (-u.ln()).powf(1.0 / beta)))
    });
}

fn seed(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = sig!("Random.seed", ["a", "version"], 2, 0).bind(a, k)?;
    let x = b[0].clone().unwrap_or_else(rt::none);
    let version = match &b[1] {
        Some(v) => int::as_i64(v).unwrap_or(2),
        None => 2,
    };
    let d = data(&a[0])?;
    let text = crate::types::str::as_str(&x).map(|s| s.as_bytes().to_vec());
    let raw = text.clone().or_else(|| {
        if bytes::is_bytes(&x) {
            bytes::as_bytes(&x).map(<[u8]>::to_vec)
        } else {
            crate::types::bytearray::contents(&x)
        }
    });
    let n: Option<BigInt> = if rt::is_none(&x) {
        None
    } else if version == 1 && (text.is_some() || bytes::is_bytes(&x)) {
        // Version 1: CPython 2's string hash, over latin-1 code points.
        let cps: Vec<u32> = match crate::types::str::as_str(&x) {
            Some(s) => s.chars().map(|c| c as u32).collect(),
            None => raw
                .clone()
                .unwrap_or_default()
                .iter()
                .map(|b| *b as u32)
                .collect(),
        };
        let mut h: u64 = cps.first().map_or(0, |c| (*c as u64) << 7);
        for c in &cps {
            h = 1000003u64.wrapping_mul(h) ^ (*c as u64);
        }
        h ^= cps.len() as u64;
        Some(BigInt::from(h))
    } else if let (2, Some(raw)) = (version, raw) {
        let mut all = raw.clone();
        all.extend_from_slice(&super::sha512::digest(&raw));
        Some(BigInt::from_bytes_be(Sign::Plus, &all))
    } else if let Some(v) = int::value(&x) {
        Some(v)
    } else if float::value(&x).is_some() {
        Some(BigInt::from(protocol::hash(&x)? as u64))
    } else {
        return Err(type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    };
    {
        let mut m = d.mt.borrow_mut();
        match n {
            Some(n) => m.seed_int(&n),
            None => m.seed_entropy(),
        }
    }
    *d.gauss_next.borrow_mut() = None;
    Ok(rt::none())
}

fn setstate(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = sig!("Random.setstate", ["state"], 1, 1).bind(a, k)?;
    let state = b[0].clone().unwrap_or_else(rt::none);
    let version = protocol::getitem(&state, &int::from_i64(0))?;
    let v = int::as_i64(&version);
    if v != Some(3) && v != Some(2) {
        return Err(value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            protocol::str_string(&version)?
        )));
    }
    let parts = protocol::collect(&state)?;
    let [_, internal, gauss] = parts.as_slice() else {
        return Err(value_error(format!(
            "too many values to unpack (expected 3, got {})",
            parts.len()
        )));
    };
    if !tuple::is_tuple(internal) {
        return Err(type_error("state vector must be a tuple"));
    }
    let items = tuple::items(internal);
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut m = Mt::new();
    for (i, it) in items.iter().enumerate() {
        let mut w = to_bigint(it)?;
        if v == Some(2) {
            w = ((w % (1i64 << 32)) + (1i64 << 32)) % (1i64 << 32);
        }
        let w = w
            .to_u64()
            .filter(|w| *w <= u32::MAX as u64 || i == N)
            .ok_or_else(|| {
                crate::error::overflow_error("Python int too large to convert to C unsigned long")
            })?;
        if i < N {
            m.state[i] = w as u32;
        } else {
            if w > N as u64 {
                return Err(value_error("invalid state"));
            }
            m.index = w as usize;
        }
    }
    let d = data(&a[0])?;
    *d.mt.borrow_mut() = m;
    *d.gauss_next.borrow_mut() = if rt::is_none(gauss) {
        None
    } else {
        Some(to_f64(gauss)?)
    };
    Ok(rt::none())
}

/// random.py's `_index` fallback: an integral float is accepted (with a
/// deprecation warning in CPython); anything else non-integral is a
/// ValueError naming the argument.
fn range_arg(o: &Obj, what: &str) -> PyResult<BigInt> {
    match to_bigint(o) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(Exc::TypeError) => {
            let i = crate::types::int_methods::to_int(o)?;
            let back = int::from_big(i.clone());
            if !protocol::eq(&back, o)? {
                return Err(value_error(format!("non-integer {what} for randrange()")));
            }
            Ok(i)
        }
        Err(e) => Err(e),
    }
}

fn randrange(
    r: &Obj,
    start: Option<&Obj>,
    stop: Option<&Obj>,
    step: Option<&Obj>,
) -> PyResult<BigInt> {
    let Some(start) = start else {
        return Ok(BigInt::zero());
    };
    let istart = range_arg(start, "arg 1")?;
    let stop = stop.filter(|s| !rt::is_none(s));
    let Some(stop) = stop else {
        if step.is_some() {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return randbelow(r, &istart);
        }
        return Err(value_error("empty range for randrange()"));
    };
    let istop = range_arg(stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(s, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(&istart + randbelow(r, &width)?);
        }
        return Err(value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    Ok(istart + istep * randbelow(r, &n)?)
}

fn normalvariate(r: &Obj, mu: f64, sigma: f64) -> PyResult<f64> {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let mut m = mt(r)?;
    loop {
        let u1 = m.random();
        let u2 = 1.0 - m.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(mu + z * sigma);
        }
    }
}

fn gammavariate(r: &Obj, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let mut m = mt(r)?;
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4.0f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = m.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - m.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let rr = bbb + ccc * v - x;
            if rr + sg_magic - 4.5 * z >= 0.0 || rr >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - m.random()).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = m.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = m.random();
            let accept = if p > 1.0 {
                u1 <= x.powf(alpha - 1.0)
            } else {
                u1 <= (-x).exp()
            };
            if accept {
                return Ok(x * beta);
            }
        }
    }
}

fn is_sequence(o: &Obj) -> bool {
    !(crate::types::set::is_any_set(o) || crate::types::dict::is_dict(o))
        && o.with_type(|t| t.slots.getitem.get().is_some() && t.slots.len.get().is_some())
}

fn sample(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = sig!("Random.sample", ["population", "k", "counts"], 2, 2).bind(a, k)?;
    let pop = b[0].clone().unwrap_or_else(rt::none);
    let kk = b[1].clone().unwrap_or_else(rt::none);
    if !is_sequence(&pop) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = protocol::len(&pop)?;
    if let Some(counts) = b[2].as_ref().filter(|c| !rt::is_none(c)) {
        let mut cum = Vec::new();
        let mut acc: Option<Obj> = None;
        for c in protocol::collect(counts)? {
            let next = match &acc {
                Some(x) => protocol::binary_op(x, &c, BinOp::Add)?,
                None => c,
            };
            cum.push(next.clone());
            acc = Some(next);
        }
        if cum.len() != n {
            return Err(value_error(
                "The number of counts does not match the population",
            ));
        }
        let total = cum.pop().unwrap_or_else(|| int::from_i64(0));
        let Some(total_v) = int::value(&total).filter(|_| int::is_int(&total)) else {
            return Err(type_error("Counts must be integers"));
        };
        if !total_v.is_positive() {
            return Err(value_error("Total of counts must be greater than zero"));
        }
        let range = protocol::call(&crate::types::range::range_type(), &[total], &[])?;
        let sel = sample(&[a[0].clone(), range, kk], &[])?;
        let mut out = Vec::new();
        for s in list::snapshot(&sel) {
            let mut lo = 0;
            let mut hi = cum.len();
            while lo < hi {
                let mid = (lo + hi) / 2;
                if protocol::truth(&protocol::rich_compare(
                    &s,
                    &cum[mid],
                    crate::types::typeobj::CompareOp::Lt,
                )?)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(protocol::getitem(&pop, &int::from_i64(lo as i64))?);
        }
        return Ok(list::new_list(out));
    }
    let kv = to_bigint(&kk)?;
    let k = match kv.to_usize() {
        Some(k) if k <= n => k,
        _ => return Err(value_error("Sample larger than population or is negative")),
    };
    let mut result = Vec::with_capacity(k);
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(e.ceil() as u32);
    }
    let r = &a[0];
    if n <= setsize {
        let mut pool = protocol::collect(&pop)?;
        for i in 0..k {
            let j = mt(r)?.randbelow_usize(n - i);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = mt(r)?.randbelow_usize(n);
            while selected.contains(&j) {
                j = mt(r)?.randbelow_usize(n);
            }
            selected.insert(j);
            result.push(protocol::getitem(&pop, &int::from_i64(j as i64))?);
        }
    }
    Ok(list::new_list(result))
}

fn choices(a: &[Obj], k: &[Obj]) -> PyResult<Obj> {
    let b = sig!(
        "Random.choices",
        ["population", "weights", "cum_weights", "k"],
        2,
        1
    )
    .bind(a, k)?;
    let pop = b[0].clone().unwrap_or_else(rt::none);
    let r = &a[0];
    let n = protocol::len(&pop)?;
    let count = match &b[3] {
        Some(k) => to_bigint(k)?.to_i64().unwrap_or(0).max(0) as usize,
        None => 1,
    };
    let weights = b[1].clone().filter(|w| !rt::is_none(w));
    let cum = b[2].clone().filter(|w| !rt::is_none(w));
    let cum_weights: Vec<Obj> = match (weights, cum) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::with_capacity(count);
            for _ in 0..count {
                let i = (random_f(r)? * nf).floor();
                out.push(protocol::getitem(&pop, &int::from_i64(i as i64))?);
            }
            return Ok(list::new_list(out));
        }
        (Some(w), None) => {
            let items = match protocol::collect(&w) {
                Ok(items) => items,
                Err(e) if e.matches(Exc::TypeError) && int::is_int(&w) => {
                    return Err(type_error(format!(
                        "The number of choices must be a keyword argument: k={}",
                        protocol::repr_string(&w)?
                    )));
                }
                Err(e) => return Err(e),
            };
            let mut acc: Option<Obj> = None;
            let mut cum = Vec::with_capacity(items.len());
            for x in items {
                let next = match &acc {
                    Some(s) => protocol::binary_op(s, &x, BinOp::Add)?,
                    None => x,
                };
                cum.push(next.clone());
                acc = Some(next);
            }
            cum
        }
        (None, Some(c)) => protocol::collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
    };
    if cum_weights.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = cum_weights.last() else {
        return Err(index_error("list index out of range"));
    };
    let total = to_f64(&protocol::binary_op(last, &f(0.0), BinOp::Add)?)?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let x = f(random_f(r)? * total);
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if protocol::truth(&protocol::rich_compare(
                &x,
                &cum_weights[mid],
                crate::types::typeobj::CompareOp::Lt,
            )?)? {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(protocol::getitem(&pop, &int::from_i64(lo as i64))?);
    }
    Ok(list::new_list(out))
}
