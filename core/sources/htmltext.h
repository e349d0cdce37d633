#pragma once

#include <QString>

namespace RouteDesk {

// Turns an HTML message body into plain text that is safe to show and to classify: tags are dropped, the content of
// script, style, head, template, iframe, object, svg and similar elements is dropped with them, character references
// are decoded (named, decimal and hexadecimal), block elements and <br> become line breaks, list items get "- ",
// whitespace is collapsed outside <pre>. Nothing is ever fetched: images, links and stylesheets are just text or gone.
// Control characters other than tab and newline are removed from the result.
QString htmlToPlainText(const QString &html);

// True when a body should be treated as HTML: a text/html content type, or markup such as <p>, <br> or <div> in it.
bool looksLikeHtml(const QString &text, const QString &contentType = {});

// Plain text as it is, HTML converted: what every source applies to message bodies.
QString plainTextBody(const QString &text, const QString &contentType = {});

} // namespace RouteDesk
