//! Search for banmian: exact substring search for Chinese, in the browser, over an archive.
//!
//! - [`tokenize`] is the one tokenizer: the index builder and the query both call it.
//! - [`IndexBuilder`] turns documents into a [`Segment`]: a document table and term shards.
//! - [`Shard`] is the binary format of one shard (format id first), written and read here.
//! - [`Query`] finds the documents where the query's units stand in a row.
//!
//! No dependencies, no I/O: the same code runs in `banmian publish` and in the wasm viewer.

mod index;
mod query;
mod tokenize;

pub use index::{
    in_headline, shard_of, Doc, IndexBuilder, Meta, Postings, Segment, Shard, ShardError, BODY,
    META_MAGIC, SHARD_MAGIC, STEP,
};
pub use query::{Hit, Query};
pub use tokenize::{tokenize, Token, Unit};
