//! The viewer's logic that needs no browser: routes, data loading, layout decisions,
//! jump links, dates. Native unit tests cover it.

pub mod api;
pub mod calendar;
pub mod gesture;
pub mod jumps;
pub mod layout;
pub mod marks;
pub mod reading;
pub mod route;
