//! Printing: whether the page is printed now (the browser's own print, or print media), so a
//! story's handout is drawn only then and never stands in the page beside what it repeats; and
//! "Print this story", which draws the handout before it asks the browser to print.

use yew::prelude::*;

use crate::web::browser;

/// Whether the page is printed now, and the callback that prints the story's handout.
#[hook]
pub fn use_printing() -> (bool, Callback<()>) {
    // Local: whether the browser prints the page now (it said so, or print media apply).
    let printing = use_state(browser::events::printing);
    {
        let printing = printing.setter();
        use_effect_with((), move |_| {
            let listeners = browser::events::on_print(move |now| printing.set(now));
            move || drop(listeners)
        });
    }
    let print = {
        let printing = printing.setter();
        Callback::from(move |_: ()| {
            printing.set(true);
            // Once the handout is drawn (the render this asks for comes first).
            browser::time::later(0, browser::print);
        })
    };
    (*printing, print)
}
