//! Search for banmian: exact substring search for Chinese, in the browser, over an archive.
//!
//! - [`tokenize`] is the one tokenizer: the index builder and the query both call it.
//! - [`IndexBuilder`] turns documents into a [`Segment`]: a document table and term shards.
//! - [`Shard`] is the binary format of one shard (format id first), written and read here.
//! - [`Query`] finds the documents where the query's units stand in a row.
//! - [`body_text`] reads a result's snippet back from the bytes of its issue file.
//!
//! No dependencies, no I/O: the same code runs in `banmian publish` and in the wasm viewer.

mod fragment;
mod index;
mod query;
mod tokenize;

pub use fragment::body_text;
pub use index::{
    in_headline, shard_of, Doc, IndexBuilder, Meta, Postings, Segment, Shard, ShardError, BODY,
    FREQUENT, SHARD_MAGIC, STEP,
};
pub use query::{Hit, Plan, Query};
pub use tokenize::{tokenize, Token, Unit};
