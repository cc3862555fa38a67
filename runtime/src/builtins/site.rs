//! The names `site` adds to the builtins: `exit` and `quit` (Quitter
//! objects that raise SystemExit), `help` (minimal) and `breakpoint` (a
//! no-op: there is no debugger).

use crate::error::{PyErr, PyResult};
use crate::object::{Obj, alloc};
use crate::protocol;
use crate::rt::{self, Exc};
use crate::types::str::new_str;
use crate::types::typeobj::TypeData;

/// The payload of `exit`/`quit`: its name.
pub struct Quitter(&'static str);

/// The payload of `help`.
pub struct Helper;

thread_local! {
    static QUITTER_TYPE: Obj = {
        let t = TypeData::new::<Quitter>("Quitter").final_type();
        t.slots.repr.set(Some(|o| {
            let n = o.downcast::<Quitter>().map_or("exit", |q| q.0);
            Ok(new_str(&format!("Use {n}() or Ctrl-D (i.e. EOF) to exit")))
        }));
        t.slots.call.set(Some(|_, a, _| {
            Err(PyErr::with_args(Exc::SystemExit, a.first().cloned().into_iter().collect()))
        }));
        builtin(t)
    };
    static HELPER_TYPE: Obj = {
        let t = TypeData::new::<Helper>("_Helper").final_type();
        t.slots.repr.set(Some(|_| {
            Ok(new_str(
                "Type help() for interactive help, or help(object) for help about object.",
            ))
        }));
        t.slots.call.set(Some(help));
        builtin(t)
    };
}

fn builtin(t: TypeData) -> Obj {
    let ty = crate::types::class::new_builtin_type(t);
    crate::types::typeobj_ops::set_type_attr(&ty, "__module__", new_str("_sitebuiltins"));
    ty.make_immortal();
    ty
}

/// Adds `exit`, `quit`, `help` and `breakpoint`.
pub fn register(set: &dyn Fn(&str, Obj)) {
    for n in ["exit", "quit"] {
        set(n, alloc(QUITTER_TYPE.with(Obj::clone), Quitter(n)));
    }
    set("help", alloc(HELPER_TYPE.with(Obj::clone), Helper));
    set(
        "breakpoint",
        crate::types::function::new_builtin("breakpoint", |_, _| Ok(rt::none())),
    );
}

/// `help(obj)`: the object's name and docstring (pydoc's full page is
/// not reproduced).
fn help(_: &Obj, a: &[Obj], _: &[Obj]) -> PyResult<Obj> {
    let Some(o) = a.first() else {
        crate::io::write_stdout("Welcome to Python's help utility (not available in Pyrite).\n")?;
        return Ok(rt::none());
    };
    let name = protocol::getattr_str(o, "__name__")
        .ok()
        .and_then(|n| crate::types::str::as_str(&n).map(str::to_string))
        .unwrap_or_else(|| protocol::type_name(o).to_string());
    let doc = protocol::getattr_str(o, "__doc__")
        .ok()
        .filter(|d| !rt::is_none(d))
        .and_then(|d| crate::types::str::as_str(&d).map(str::to_string))
        .unwrap_or_default();
    crate::io::write_stdout(&format!("Help on {name}:\n\n{doc}\n\n"))?;
    Ok(rt::none())
}
