//! The what-if switches that apply to everyone: only those that change something in this
//! scenario ([`Relevant`]), and any that is on (so it can be turned off).

use yew::prelude::*;
use yew::TargetCast;

use crate::core::model::{FriendPermissions, WhatIf};
use crate::present::switches::Relevant;
use crate::view::state::Action;
use crate::{say, word};

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
            <h2 id="whatif-title">{ word!("whatif") }</h2>
            if r.permissions() || w.friend_permissions != FriendPermissions::AsScenario {
                <label class="field">
                    { word!("whatif-friend-permissions") }{ " " }
                    <select id="whatif-friend-permissions" onchange={on_permissions}>
                        <option value={FriendPermissions::AsScenario.as_str()} selected={w.friend_permissions == FriendPermissions::AsScenario}>{ word!("whatif-as-they-were") }</option>
                        if r.never_open || w.friend_permissions == FriendPermissions::Never {
                            <option value={FriendPermissions::Never.as_str()} selected={w.friend_permissions == FriendPermissions::Never}>{ word!("whatif-never-open") }</option>
                        }
                        if r.never_closed || w.friend_permissions == FriendPermissions::Always {
                            <option value={FriendPermissions::Always.as_str()} selected={w.friend_permissions == FriendPermissions::Always}>{ word!("whatif-never-closed") }</option>
                        }
                    </select>
                </label>
            }
            if r.deals || w.no_deals {
                <label class="check">
                    <input id="whatif-deals" type="checkbox" checked={!w.no_deals}
                        onchange={toggle(|w| w.no_deals = !w.no_deals)} />
                    { word!("whatif-deals") }
                </label>
            }
            if r.opt_out || w.everyone_opted_out {
                <label class="check">
                    <input id="whatif-opt-out" type="checkbox" checked={w.everyone_opted_out}
                        onchange={toggle(|w| w.everyone_opted_out = !w.everyone_opted_out)} />
                    { word!("whatif-opt-out") }
                </label>
            }
            if !r.any() && !w.is_active() {
                <p class="sub">{ word!("whatif-nothing-changes") }</p>
            }
            if people > 0 {
                <p class="sub">{ say!("whatif-people", people = people) }</p>
            }
            if w.is_active() {
                <p class="whatif-on" role="status">{ word!("whatif-on") }</p>
                <button type="button" onclick={reset}>{ word!("whatif-reset") }</button>
            }
        </section>
    }
}
