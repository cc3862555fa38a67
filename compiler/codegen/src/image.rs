//! The program image (runtime/src/native/image.rs lays out the same
//! structs) and the executable's `main`, which hands it to `pyrt_main`.

use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, FunctionValue, PointerValue};

use crate::Program;
use crate::runtime::Runtime;

/// Adds the image of `program` (with `natives[m][i]`, the native function
/// of code object `i` of unit `m`, if any, and `direct[m][i]`, whether it
/// takes direct calls) and `main`.
pub fn emit<'ctx>(
    rt: &Runtime<'ctx>,
    program: &Program,
    natives: &[Vec<Option<FunctionValue<'ctx>>>],
    direct: &[Vec<bool>],
) -> Result<(), String> {
    let word = rt.word;
    let raw_module = rt.context.struct_type(
        &[
            rt.ptr.into(),
            word.into(),
            rt.ptr.into(),
            word.into(),
            rt.ptr.into(),
            word.into(),
            rt.ptr.into(),
        ],
        false,
    );
    let mut modules = Vec::new();
    for (m, unit) in program.units.iter().enumerate() {
        let path = bytes(rt, &format!("pyrite.path{m}"), unit.path.as_bytes());
        let code = unit.bytecode.to_bytes();
        let bytecode = bytes(rt, &format!("pyrite.bytecode{m}"), &code);
        let entries = natives.get(m).map(Vec::as_slice).unwrap_or_default();
        let table = entries
            .iter()
            .map(|f| match f {
                Some(f) => f.as_global_value().as_pointer_value(),
                None => rt.ptr.const_null(),
            })
            .collect::<Vec<_>>();
        let array = rt.ptr.const_array(&table);
        let natives_global =
            rt.module
                .add_global(array.get_type(), None, &format!("pyrite.natives{m}"));
        natives_global.set_initializer(&array);
        natives_global.set_constant(true);
        natives_global.set_linkage(Linkage::Private);
        let flags = (0..table.len())
            .map(|i| {
                let takes = direct.get(m).and_then(|d| d.get(i)).copied();
                let takes = takes.unwrap_or(false) && entries.get(i).is_some_and(Option::is_some);
                rt.context.i8_type().const_int(u64::from(takes), false)
            })
            .collect::<Vec<_>>();
        let flags = rt.context.i8_type().const_array(&flags);
        let flags_global =
            rt.module
                .add_global(flags.get_type(), None, &format!("pyrite.direct{m}"));
        flags_global.set_initializer(&flags);
        flags_global.set_constant(true);
        flags_global.set_linkage(Linkage::Private);
        let fields: [BasicValueEnum; 7] = [
            path.into(),
            word.const_int(unit.path.len() as u64, false).into(),
            bytecode.into(),
            word.const_int(code.len() as u64, false).into(),
            natives_global.as_pointer_value().into(),
            word.const_int(table.len() as u64, false).into(),
            flags_global.as_pointer_value().into(),
        ];
        modules.push(raw_module.const_named_struct(&fields));
    }
    let array = raw_module.const_array(&modules);
    let modules_global = rt
        .module
        .add_global(array.get_type(), None, "pyrite.modules");
    modules_global.set_initializer(&array);
    modules_global.set_constant(true);
    modules_global.set_linkage(Linkage::Private);
    let main = bytes(rt, "pyrite.main_path", program.main.as_bytes());
    let path0 = bytes(rt, "pyrite.path0", program.path0.as_bytes());
    // The layout words the code was built with, which `pyrt_main` checks.
    let pairs: Vec<_> = rt
        .layout
        .iter()
        .map(|&(i, v)| {
            word.const_array(&[
                word.const_int(u64::from(i), false),
                word.const_int(v, false),
            ])
        })
        .collect();
    let layout = word.array_type(2).const_array(&pairs);
    let layout_global = rt
        .module
        .add_global(layout.get_type(), None, "pyrite.layout");
    layout_global.set_initializer(&layout);
    layout_global.set_constant(true);
    layout_global.set_linkage(Linkage::Private);
    let image = rt.context.const_struct(
        &[
            modules_global.as_pointer_value().into(),
            word.const_int(modules.len() as u64, false).into(),
            main.into(),
            word.const_int(program.main.len() as u64, false).into(),
            path0.into(),
            word.const_int(program.path0.len() as u64, false).into(),
            layout_global.as_pointer_value().into(),
            word.const_int(pairs.len() as u64, false).into(),
        ],
        false,
    );
    let image_global = rt.module.add_global(image.get_type(), None, "pyrite.image");
    image_global.set_initializer(&image);
    image_global.set_constant(true);
    image_global.set_linkage(Linkage::Private);
    define_main(rt, image_global.as_pointer_value()).map_err(|e| format!("building main: {e}"))
}

/// A private constant byte array.
fn bytes<'ctx>(rt: &Runtime<'ctx>, name: &str, data: &[u8]) -> PointerValue<'ctx> {
    let value = rt.context.const_string(data, false);
    let global = rt.module.add_global(value.get_type(), None, name);
    global.set_initializer(&value);
    global.set_constant(true);
    global.set_linkage(Linkage::Private);
    global.as_pointer_value()
}

/// `int main(int argc, char **argv) { return pyrt_main(argc, argv, &image); }`
fn define_main<'ctx>(
    rt: &Runtime<'ctx>,
    image: PointerValue<'ctx>,
) -> Result<(), inkwell::builder::BuilderError> {
    let ty = rt.i32.fn_type(&[rt.i32.into(), rt.ptr.into()], false);
    let main = rt.module.add_function("main", ty, Some(Linkage::External));
    let b = rt.context.create_builder();
    b.position_at_end(rt.context.append_basic_block(main, "entry"));
    let argc = main
        .get_nth_param(0)
        .unwrap_or_else(|| rt.i32.const_zero().into());
    let argv = main
        .get_nth_param(1)
        .unwrap_or_else(|| rt.ptr.const_null().into());
    let status = b
        .build_call(rt.main, &[argc.into(), argv.into(), image.into()], "status")?
        .try_as_basic_value()
        .basic()
        .unwrap_or_else(|| rt.i32.const_zero().into());
    b.build_return(Some(&status))?;
    Ok(())
}
