//! Reusable view pieces, one component a file.

pub mod article_text;
pub mod body;
pub mod connection_bar;
pub mod download_button;
pub mod download_list;
pub mod jump_link;
pub mod masthead;
pub mod page_nav;
pub mod search_box;
pub mod site_header;
pub mod status;
pub mod story;
