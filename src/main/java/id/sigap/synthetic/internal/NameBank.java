package id.sigap.synthetic.internal;

import java.util.Arrays;
import java.util.List;

/** Invented-but-typical Indonesian names by tradition (see {@link Ethnicity}); spelled the modern way. */
final class NameBank {

    private NameBank() {}

    /** Comma-separated names (one list may span lines) as a list. */
    static List<String> names(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    static final List<String> JAVANESE_M = names("""
            Budi, Agus, Joko, Slamet, Sutrisno, Bambang, Heru, Wahyu, Teguh, Sugeng, Purnomo, Suparman,
            Suyanto, Hadi, Eko, Dwi, Tri, Yudi, Sigit, Santoso, Prasetyo, Nugroho, Wibowo, Bayu, Sukirman,
            Paijo, Sumarno, Sudarsono, Cahyo, Wahyudi, Rahmat, Yusuf, Aris, Gunadi, Suwarno, Triyono, Widodo,
            Haryanto, Darmaji, Sukijan
            """);
    static final List<String> JAVANESE_F = names("""
            Sri, Siti, Wulan, Dewi, Rini, Endang, Suwarni, Sumiyati, Tutik, Lestari, Ningsih, Rahayu, Wahyuni,
            Sulastri, Murni, Suharti, Kartini, Puji, Yuni, Astuti, Sumini, Painem, Wartini, Suprapti, Widayati,
            Indah, Ayu, Retno, Purwanti, Sukarti, Nur, Tri, Eka, Sumarni, Ratna, Mulyani
            """);
    static final List<String> JAVANESE_SECOND = names("""
            Santoso, Prasetyo, Nugroho, Wibowo, Setiawan, Kurniawan, Hartono, Susanto, Wahyuni, Lestari,
            Rahayu, Handayani, Purnamasari, Utomo, Saputra, Saputri, Wijaya, Hidayat, Suryono, Pamungkas,
            Ningrum, Astuti, Widodo, Sulistyo, Mulyono, Riyanto
            """);
    static final List<String> SUNDANESE_M = names("""
            Asep, Ujang, Dadang, Cecep, Ade, Dede, Iwan, Yayan, Deden, Entis, Ajat, Engkos, Didin, Aceng, Ii,
            Encep, Jajang, Koko, Wawan, Agus, Ridwan, Rahmat, Ahmad, Ujang
            """);
    static final List<String> SUNDANESE_F = names("""
            Euis, Neng, Imas, Lilis, Yanti, Cucu, Entin, Iis, Eneng, Nining, Enung, Teti, Rina, Siti, Yuyun,
            Nenden, Ai, Elis, Cicih, Nurul, Wida, Yeni, Popon
            """);
    static final List<String> SUNDANESE_SECOND = names("""
            Sutisna, Hidayat, Permana, Suryana, Supriatna, Kusnadi, Rukmana, Gunawan, Sumarna, Nurhayati,
            Rohaeni, Komariah, Sopiah, Kurniasih, Mulyana, Sukmana, Sudrajat, Saepudin, Nurjanah, Rosita,
            Herdiana, Hermawan, Firmansyah
            """);
    static final List<String> CHRISTIAN_M = names("""
            Yohanes, Yakobus, Fransiskus, Marselinus, Petrus, Paulus, Melkianus, Yermias, Frederik, Agustinus,
            Stefanus, Yosef, Markus, Yulianus, Yosias, Natalis, Benny, Septinus, Oktovianus, Daniel, Simon,
            Antonius, Dominikus, Roy, Hotman, Togar, Maruli, Tigor, Poltak, Rudolf, Kornelis, Matheus, Gabriel,
            Aleksander, Elias
            """);
    static final List<String> CHRISTIAN_F = names("""
            Maria, Yuliana, Agustina, Adriana, Mariana, Dorkas, Ester, Selvi, Yosina, Martha, Ribka, Naomi,
            Theresia, Elisabeth, Kristina, Margaretha, Veronika, Magdalena, Yohana, Fransiska, Juliana,
            Rosmawati, Tiur, Romauli, Lamtiur, Herlina, Debora, Yustina, Florentina, Anastasia, Imelda,
            Sarlota, Ferderika, Novita
            """);
    static final List<String> BATAK_MARGA = names("""
            Simanjuntak, Siregar, Nasution, Hutapea, Sitompul, Pardede, Sinaga, Simatupang, Lubis, Harahap,
            Tambunan, Panjaitan, Sihombing, Situmorang, Manurung, Napitupulu, Silalahi, Butar-butar, Ginting,
            Tarigan, Sembiring, Purba, Damanik, Saragih, Hutagalung, Simbolon, Sitorus, Pasaribu, Marpaung,
            Aritonang
            """);
    static final List<String> MINANG_M = names("""
            Afrizal, Zulkifli, Yusrizal, Dodi, Hendri, Rahmat, Fauzi, Syafrizal, Zulhendri, Irwan, Novrizal,
            Ardi, Defri, Yuliardi, Erman, Asril, Darmawan, Firdaus, Yondri
            """);
    static final List<String> MINANG_F = names("""
            Erlinda, Yusnimar, Nurhayati, Desmawati, Yenni, Yusnita, Elvi, Rosnimar, Fitriani, Delvi, Nelti,
            Yuliarni, Afni, Rahmi, Zurriyati, Susi, Lisnawati
            """);
    static final List<String> MINANG_SECOND = names("""
            Putra, Putri, Chaniago, Piliang, Koto, Sikumbang, Tanjung, Jambak, Caniago, Malik, Rahman,
            Syahputra, Yanti, Wati, Hasan, Efendi
            """);
    static final List<String> BUGIS_M = names("""
            Muhammad Arsyad, Sudirman, Haeruddin, Syamsuddin, Hasanuddin, Nurdin, Rusdi, Baso, Beddu, Ambo,
            Alimuddin, Jumadi, Herman, Sappe, Kaharuddin, Syahrir, Ridwan, Muhammad Akbar, Anwar, Rahman,
            Tajuddin
            """);
    static final List<String> BUGIS_F = names("""
            Hasnah, Nurhaedah, Sitti Rahmah, Besse, Hamsinah, Rosdiana, Hadijah, Sitti Aminah, Nurhayati,
            Jumriani, Hasmiah, Rahmawati, Suriani, Hasnawati, Megawati, Sitti Nurhaliza, Kasmawati, Nuraeni
            """);
    static final List<String> BUGIS_SECOND = names("""
            Daeng, Lasse, Tahir, Mappe, Lamba, Patta, Usman, Kadir, Ali, Halim, Hamid, Syam, Latif, Bakri,
            Mustari, Rauf
            """);
    static final List<String> BALINESE_M = names("""
            Sudarma, Suartana, Mertayasa, Artawan, Sukadana, Suarjana, Darmawan, Widiana, Astawa, Parwata,
            Budiarta, Sudiarsa, Wirawan, Arsana, Mahendra, Adi Putra
            """);
    static final List<String> BALINESE_F = names("""
            Sriani, Sukerti, Ariani, Wartini, Astiti, Suciani, Sumerti, Ayu Lestari, Rusmini, Darmini,
            Yuliantari, Sri Rahayu, Eka Pratiwi, Widiastuti, Suwitri, Juniari
            """);
    static final List<String> SASAK_M = names("""
            Muhammad Zaini, Ahmad, Hamdan, Sahnan, Saparudin, Jumaidi, Abdul Hakim, Mahsun, Amaq Sahri, Rusni,
            Sukardi, Zulkarnain, Syamsul Hadi, Marzuki, Munawir, Sahdan
            """);
    static final List<String> SASAK_F = names("""
            Nurul, Sri, Maesarah, Hernawati, Rohani, Sumiati, Marni, Suhaini, Hayati, Sahnun, Inaq Rumisah,
            Rukmini, Zuhriah, Rabiatun, Husnul, Saenah, Nurhasanah
            """);
    static final List<String> SASAK_SECOND = names("""
            Hidayat, Fadli, Hamdi, Ihsan, Wardani, Apriani, Hasanah, Aini, Yani, Sahrul, Fitriani, Hakim,
            Nursaid
            """);
    static final List<String> NTT_FAMILY = names("""
            Ndolu, Bani, Tefa, Lema, Manafe, Lakapu, Nope, Selan, Benu, Tanu, Nenobais, Faot, Kase, Boimau,
            Nubatonis, Taneo, Bria, Seran, Mau, Nahak, Klau, Fernandez, da Costa, Parera, Lewar, Koten, Kelen,
            Ola, Lamak, Pandie, Lado, Riwu, Kana, Ndun, Pah, Ndoen, Messakh, Therik, Amalo, Foenay, Dethan,
            Mbura, Kore, Ratu, Neno, Tallo, Sau, Lelo, Haning, Wadu
            """);
    static final List<String> PAPUAN_FAMILY = names("""
            Wenda, Tabuni, Kogoya, Wonda, Murib, Yikwa, Rumbiak, Mandowen, Rumbewas, Kafiar, Ayomi, Wanggai,
            Karubaba, Mayor, Rumkorem, Worumi, Sawaki, Yoku, Ohee, Kambu, Mofu, Imbiri, Pigai, Degei, Gobai,
            Kotouki, Waromi, Sanggenafa, Krey, Msen
            """);
    static final List<String> ARABIC_M = names("""
            Muhammad, Ahmad, Abdul Rahman, Abdullah, Hasan, Husein, Rahmat, Hidayat, Fauzan, Ridwan, Syaiful,
            Zainal, Ismail, Yusuf, Ibrahim, Hamzah, Umar, Usman, Ali, Khairul, Syahrul, Fadli, Rizal, Azhar,
            Idris, Saiful Bahri, Lukman, Amir
            """);
    static final List<String> ARABIC_F = names("""
            Siti Aisyah, Fatimah, Khadijah, Nur Aini, Zainab, Aminah, Halimah, Rahmawati, Nurhaliza,
            Nurul Huda, Salmah, Maryam, Rukiah, Hafsah, Jamilah, Nurjannah, Zubaidah, Rohana, Siti Hajar,
            Laila, Faridah, Nadia, Aisyah
            """);
    static final List<String> MALAY_SECOND = names("""
            Abdullah, Ismail, Yusuf, Hasan, Ibrahim, Syahputra, Saputra, Syahrani, Rahman, Hamid, Harun, Ahmad,
            Hidayah, Sari, Wati, Mahmud, Arifin, Effendi, Daud
            """);
    static final List<String> CHINESE_GIVEN = names("""
            Mei Ling, Siu Fung, Lina, Susanti, Mei Lan, Ah Hoi, Fransiska, Liana, Sui Lan, Ahui, Yanti, Hendra,
            Ahok, Afung, Jimmy, Sinta, Veronika, Lili, Ameng, Bun Kiong
            """);
    static final List<String> CHINESE_FAMILY = names("""
            Tjhai, Lie, Bong, Lim, Tjhin, Liu, Phang, Tjong, Wong, Chong, Lo, Djong, Tan, Huang, Sim, Oey
            """);
    static final List<String> DAYAK_FAMILY = names("""
            Acai, Usat, Ajun, Ngabut, Jalung, Ding, Anyang, Bilung, Iban, Sumin, Lejau, Unyang, Apui, Tingang,
            Ipah, Liah, Bayau
            """);
    static final List<String> MINAHASA_FAMILY = names("""
            Lumenta, Pangemanan, Rondonuwu, Sumampouw, Mandagi, Tumbelaka, Wowor, Kaunang, Rumengan, Lontoh,
            Sondakh, Tampi, Karundeng, Supit, Walangitan, Ratulangi
            """);
    static final List<String> AMBON_FAMILY = names("""
            Pattinama, Latuheru, Siahaya, Tuhumury, Wattimena, Sahetapy, Pattiasina, Tuasikal, Ohorella,
            Leiwakabessy, Manuhutu, Pelupessy, Latumahina, Matulessy, Soplanit
            """);
    static final List<String> MODERN_M = names("""
            Muhammad Rizky, Dimas, Fajar, Andika, Rizki, Ilham, Bagus, Reza, Aditya, Arief, Dicky, Hendra,
            Irfan, Randi, Satria, Yoga, Fikri, Galih, Hafiz, Rendy, Taufik, Doni, Feri, Yogi
            """);
    static final List<String> MODERN_F = names("""
            Dian, Fitri, Nur Aisyah, Putri, Anisa, Dewi, Rina, Wulandari, Ayu, Nabila, Intan, Kiki, Melati,
            Novi, Ratih, Sinta, Tika, Vina, Yulia, Zahra, Mega, Sari, Lina
            """);
    static final List<String> MODERN_SECOND = names("""
            Permata, Handayani, Pratama, Saputra, Saputri, Ramadhan, Ramadhani, Kurniawan, Maharani, Anggraini,
            Firmansyah, Nurhaliza, Hidayat, Puspitasari, Septiani, Oktaviani, Febrianti, Setiawan, Wijaya,
            Lestari, Safitri, Utami
            """);

    static final List<String> BALI_ORDER_1 = names("""
            Wayan, Putu, Gede
            """);
    static final List<String> BALI_ORDER_2 = names("""
            Made, Kadek, Nengah
            """);
    static final List<String> BALI_ORDER_3 = names("""
            Nyoman, Komang
            """);
    static final List<String> BALI_ORDER_4 = names("""
            Ketut
            """);

    static final List<String> ACADEMIC = names("""
            S.E., S.H., S.Pd., S.Kom., A.Md., S.Sos., S.T.
            """);
}
