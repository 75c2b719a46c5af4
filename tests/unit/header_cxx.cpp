// The public header compiles as C++ and links from a C++ program.
#include <berita.h>

#include <cstring>

int main()
{
    berita_doc *doc = nullptr;
    const char text[] = "Judul\n\nKUPANG - Isi berita.\n";
    if (berita_parse(text, sizeof text - 1, nullptr, &doc, nullptr) != BERITA_OK)
        return 1;
    int ok = std::strcmp(berita_version(), BERITA_VERSION_STRING) == 0 && berita_doc_title(doc) != nullptr;
    berita_doc_free(doc);
    return ok ? 0 : 1;
}
