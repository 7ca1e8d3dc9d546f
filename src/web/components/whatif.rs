//! The what-if switches that apply to everyone: only those that change something in this
//! scenario ([`Relevant`]), and any that is on (so it can be turned off).

use yew::prelude::*;
use yew::TargetCast;

use crate::core::model::{FriendPermissions, WhatIf};
use crate::present::switches::Relevant;
use crate::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub what_if: WhatIf,
    /// The switches that change something in this scenario.
    pub relevant: Relevant,
    pub on_action: Callback<Action>,
}

#[component]
pub fn WhatIfPanel(props: &WhatIfProps) -> Html {
    let (w, r) = (&props.what_if, props.relevant);
    let on_permissions = {
        let on_action = props.on_action.clone();
        let w = w.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let friend_permissions = FriendPermissions::parse(&select.value()).unwrap_or_default();
            on_action.emit(Action::SetWhatIf(WhatIf {
                friend_permissions,
                ..w.clone()
            }));
        })
    };
    let toggle = |f: fn(&mut WhatIf)| {
        let on_action = props.on_action.clone();
        let mut next = w.clone();
        f(&mut next);
        Callback::from(move |_: Event| on_action.emit(Action::SetWhatIf(next.clone())))
    };
    let reset = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SetWhatIf(WhatIf::default())))
    };
    let people = w.people.len();
    html! {
        <section class="whatif" aria-labelledby="whatif-title">
            <h2 id="whatif-title">{ "What if…" }</h2>
            if r.permissions() || w.friend_permissions != FriendPermissions::AsScenario {
                <label class="field">
                    { "Friend permissions " }
                    <select id="whatif-friend-permissions" onchange={on_permissions}>
                        <option value={FriendPermissions::AsScenario.as_str()} selected={w.friend_permissions == FriendPermissions::AsScenario}>{ "as they were" }</option>
                        if r.never_open || w.friend_permissions == FriendPermissions::Never {
                            <option value={FriendPermissions::Never.as_str()} selected={w.friend_permissions == FriendPermissions::Never}>{ "never open to apps" }</option>
                        }
                        if r.never_closed || w.friend_permissions == FriendPermissions::Always {
                            <option value={FriendPermissions::Always.as_str()} selected={w.friend_permissions == FriendPermissions::Always}>{ "never closed" }</option>
                        }
                    </select>
                </label>
            }
            if r.deals || w.no_deals {
                <label class="check">
                    <input id="whatif-deals" type="checkbox" checked={!w.no_deals}
                        onchange={toggle(|w| w.no_deals = !w.no_deals)} />
                    { "Partner deals and connections nobody was asked about" }
                </label>
            }
            if r.opt_out || w.everyone_opted_out {
                <label class="check">
                    <input id="whatif-opt-out" type="checkbox" checked={w.everyone_opted_out}
                        onchange={toggle(|w| w.everyone_opted_out = !w.everyone_opted_out)} />
                    { "Everyone turned \"Apps others use\" off" }
                </label>
            }
            if !r.any() && !w.is_active() {
                <p class="sub">{ "None of these switches would change anything in this scenario; select a person to try other settings for them." }</p>
            }
            if people > 0 {
                <p class="sub">{ format!("{people} {} changed (select them to see).", if people == 1 { "person's settings" } else { "people's settings" }) }</p>
            }
            if w.is_active() {
                <p class="whatif-on" role="status">{ "A what-if is on: the graph and figures show it; the numbers in brackets are the difference against what happened." }</p>
                <button type="button" onclick={reset}>{ "Back to what happened" }</button>
            }
        </section>
    }
}
