//! Reusable view pieces, one component a file.

pub mod article_text;
pub mod body;
pub mod calendar;
pub mod connection_bar;
pub mod download_button;
pub mod download_list;
pub mod font_size;
pub mod jump_link;
pub mod lang_switch;
pub mod masthead;
pub mod page_nav;
pub mod page_pdf_link;
pub mod page_thumb;
pub mod printed_clip;
pub mod printed_page;
pub mod read_aloud;
pub mod search_box;
pub mod share_button;
pub mod sheet;
pub mod site_header;
pub mod status;
pub mod story;
pub mod theme_toggle;
