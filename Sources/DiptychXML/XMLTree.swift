// Placeholder: the libxml2 layer is being written.
package enum XMLTree {}
